/**
 * Turning a found pair (term and description, prompt and command, two equivalent commands)
 * into cards, the same way whether it came from a bullet, a table row or a paragraph line.
 */
import { isCommandLine, isCommandName, stripPrompt } from './classify';
import { helpPrompt, unknownSubcommand } from './glossary';
import { boldText, codeSpan, inlineInfo } from './markdown';
import type { CardSink } from './sink';

/** A reverse card is worth having when its question is short and does not contain the answer. */
function reverseIsUseful(term: string, description: string): boolean {
  return (
    term.length <= 60 &&
    description.length <= 160 &&
    !description.includes('\n') &&
    !description.toLowerCase().includes(term.toLowerCase())
  );
}

/**
 * The parent bullet or table sub-heading a nested item belongs to, shown before the question.
 * The context is Markdown (a command's code span, or plain text through markdownText).
 */
export function withContext(text: string, context: string | undefined): string {
  return context ? `**${context}** — ${text}` : text;
}

export function emitDefinition(
  sink: CardSink,
  termRaw: string,
  descriptionRaw: string,
  line: number,
  context?: string,
): void {
  const term = inlineInfo(termRaw).plain;
  const description = inlineInfo(descriptionRaw).plain;
  if (isCommandLine(description) && isCommandLine(term)) {
    // `glance image-list: openstack image list` pairs two tools' commands, like a mapping table.
    const tool = (command: string): string => stripPrompt(command).split(/\s+/)[0] ?? '';
    emitMapping(sink, [tool(term), tool(description)], [term, description], context ?? '', line);
    return;
  }
  if (isCommandLine(description)) {
    emitCommand(sink, withContext(termRaw, context), description, line);
    return;
  }
  if (isCommandLine(term)) {
    emitCommand(sink, withContext(descriptionRaw, context), term, line);
    sink.add({ kind: 'basic', front: codeSpan(stripPrompt(term)), back: descriptionRaw, line });
    return;
  }
  sink.add({ kind: 'basic', front: withContext(termRaw, context), back: descriptionRaw, line });
  if (reverseIsUseful(term, description)) {
    const typed = isCommandName(term);
    sink.add({
      kind: typed ? 'type-in' : 'basic',
      front: withContext(descriptionRaw, context),
      back: typed ? term : termRaw,
      line,
      variant: 'reverse',
    });
  }
}

/** A type-in card: the prompt says what the command does, the answer is the command as written. */
export function emitCommand(sink: CardSink, prompt: string, command: string, line: number): void {
  sink.add({ kind: 'type-in', front: prompt, back: stripPrompt(command), line });
  lintCommand(sink, command, line);
}

/** Notes that say `cinder volume-list` teach a command that does not exist: say so. */
function lintCommand(sink: CardSink, command: string, line: number): void {
  const sub = unknownSubcommand(command);
  if (sub !== undefined) {
    const tool = command.trim().split(/\s+/)[0] ?? '';
    sink.warn(
      line,
      'unknown-subcommand',
      `"${stripPrompt(command)}": ${tool}'s help lists no subcommand "${sub}"; check the notes.`,
    );
  }
}

/** A command the notes do not describe: asked with its tool's own help, or else a warning. */
export function emitUndescribedCommand(sink: CardSink, command: string, line: number): void {
  const prompt = helpPrompt(command, sink.language);
  if (prompt) {
    emitCommand(sink, prompt, command, line);
    return;
  }
  lintCommand(sink, command, line);
  sink.warn(
    line,
    'command-without-description',
    `No description found for the command "${command}": add one (e.g. \`${command} : what it does\`) to get a card.`,
  );
}

export function warnProse(sink: CardSink, line: number, text: string): void {
  const excerpt = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  sink.warn(
    line,
    'prose-without-card',
    `No card from this text: "${excerpt}". Use \`term: description\`, \`Q::A\` or ==cloze== to make one.`,
  );
}

/** Two columns giving the same command in two tools (glance ↔ openstack): a card each way. */
export function emitMapping(
  sink: CardSink,
  labels: [string, string],
  commands: [string, string],
  note: string,
  line: number,
): void {
  const ask = (from: 0 | 1): string => {
    const to = from === 0 ? 1 : 0;
    const lines = [`${boldText(`${labels[from]}:`)} ${codeSpan(commands[from])}`];
    if (note) {
      lines.push(note);
    }
    lines.push(`${boldText(`${labels[to]}:`)} ?`);
    return lines.join('\n\n');
  };
  sink.add({ kind: 'type-in', front: ask(0), back: commands[1], line });
  sink.add({ kind: 'type-in', front: ask(1), back: commands[0], line, variant: 'reverse' });
  commands.forEach((command) => lintCommand(sink, command, line));
  if (note) {
    // What the command does is what the exam asks: "which cinder command lists the volumes?"
    emitCommand(sink, withContext(note, labels[0]), commands[0], line);
  }
}
