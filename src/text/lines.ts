/** Where the line holding `offset` starts: after the nearest line break before it (\n, \r\n or \r). */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

/**
 * The line that closes an HCL heredoc whose body starts at `body`: the first one holding only its
 * marker (blanks around it allowed), from its start to its "\n" (a "\r" before it is part of the line);
 * undefined when none does.
 */
export function heredocClosingLine(text: string, body: number, marker: string): { start: number; end: number } | undefined {
  for (let start = body; start < text.length; ) {
    const br = text.indexOf("\n", start);
    const end = br === -1 ? text.length : br;
    if (text.slice(start, end).trim() === marker) return { start, end };
    start = end + 1;
  }
  return undefined;
}
