/**
 * `npm run deck -- check-answer`: JSON lines `{"expected": "...", "answer": "..."}` on stdin,
 * one JSON line `{"correct": …, "verdict": "correct|close|wrong|cannot-tell", "feedback": "..."}`
 * per input line on stdout, in order, with English feedback, judged as the study screen judges. A line that is not such an object gets
 * `{"error": "..."}` and the next line is read; exit 0 once every line was read.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { checkAnswer } from '../../src-renderer/lib/check/answer';
import { feedbackText } from '../../src-renderer/lib/check/feedback';
import { loadGrammar } from '../../src-renderer/lib/check/grammar/load';
import { verdictOf } from '../../src-renderer/lib/check/verdict';
import { translate, type MessageKey, type Params } from '../../src-renderer/lib/i18n';

/** Longer than any command a card asks for by far; bounds the time one line can take. */
const MAX_LINE = 64 * 1024;

const Input = z.object({ expected: z.string(), answer: z.string() });

const english = (key: MessageKey, params?: Params): string => translate('en', key, params);

function answerLine(line: string, grammar: Parameters<typeof checkAnswer>[2]): object {
  if (line.length > MAX_LINE) {
    return { error: `line longer than ${MAX_LINE} characters` };
  }
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON: ${(error as Error).message}` };
  }
  const input = Input.safeParse(json);
  if (!input.success) {
    return { error: 'expected an object with string fields "expected" and "answer"' };
  }
  const result = checkAnswer(input.data.answer, input.data.expected, grammar);
  return {
    correct: result.correct,
    verdict: verdictOf(result, input.data.answer, input.data.expected),
    feedback: feedbackText(result, english),
  };
}

export async function runCheckAnswer(): Promise<number> {
  const grammar = await loadGrammar();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(JSON.stringify(answerLine(line, grammar)) + '\n');
  }
  return 0;
}
