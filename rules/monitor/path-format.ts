import { defineRule } from "../../src/engine/rule.js";
import { isHttpMonitor } from "../../src/http/monitor.js";
import { requestPathProblem } from "../../src/http/request-path.js";

export default defineRule({
  id: "monitor/path-format",
  kinds: ["monitor"],
  severity: "error",
  predicts: "Response code mismatch",
  description: 'path must start with "/" and percent-encode spaces and non-ASCII; otherwise the origin answers 400',
  check(monitor, ctx) {
    if (!isHttpMonitor(monitor) || typeof monitor.path !== "string") return;
    const problem = requestPathProblem(monitor.path);
    if (!problem) return;
    ctx.report({
      at: "/path",
      message: `${problem.message}, so the origin answers 400 Bad Request. Write "${problem.repaired}"`,
      // Rooting and percent-encoding a path keep the request it names: one right answer.
      fix: { op: "replace", at: "/path", value: problem.repaired },
    });
  },
});
