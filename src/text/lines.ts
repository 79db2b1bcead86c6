/** Where the line holding `offset` starts: after the nearest line break before it (\n, \r\n or \r). */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}
