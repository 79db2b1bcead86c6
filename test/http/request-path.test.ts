import { describe, expect, it } from "vitest";
import { requestPathProblem, utf8Length } from "../../src/http/request-path.js";

describe("requestPathProblem", () => {
  it.each(["", "/", "/health", "/a/b?x=1&y=%20", "/caf%C3%A9", "/~user/@me:8080;v=1"])("%j is a valid request target", (path) => {
    expect(requestPathProblem(path)).toBeUndefined();
  });
  it.each([
    ["health", 'path "health" does not start with "/"', "/health"],
    ["health check", 'path "health check" does not start with "/"', "/health%20check"],
    ["/a b", 'path "/a b" holds a space unencoded', "/a%20b"],
    ["/ünï", 'path "/ünï" holds "ü", "ï" unencoded', "/%C3%BCn%C3%AF"],
    ["/x\r\n", 'path "/x\r\n" holds U+000D, U+000A unencoded', "/x%0D%0A"],
    ["/\ud800", 'path "/\ud800" holds "\ud800" unencoded', "/%EF%BF%BD"],
  ])("%j", (path, message, repaired) => {
    expect(requestPathProblem(path)).toEqual({ message, repaired });
  });
  it("counts bytes, not characters", () => {
    expect(utf8Length("/é😀")).toBe(7);
  });
});
