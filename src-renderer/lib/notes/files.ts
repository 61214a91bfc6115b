const NOTE_EXTENSIONS = /\.(md|markdown)$/i;

/**
 * Which files of a folder hold notes: Markdown, but not a README, which describes a deck
 * (its sources, its corrections) rather than holding cards. The CLI, the shipped-deck loader and
 * the import of a folder all ask this one question.
 */
export function isNotesFile(path: string): boolean {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  return NOTE_EXTENSIONS.test(name) && !/^readme\./i.test(name);
}
