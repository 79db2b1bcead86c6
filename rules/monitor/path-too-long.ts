import { defineRule } from "../../src/engine/rule.js";
import { isHttpMonitor } from "../../src/http/monitor.js";
import { MAX_REQUEST_URI_BYTES, utf8Length } from "../../src/http/request-path.js";

export default defineRule({
  id: "monitor/path-too-long",
  kinds: ["monitor"],
  severity: "error",
  predicts: "414",
  description: "path must not be longer than 32 KB",
  check(monitor, ctx) {
    if (!isHttpMonitor(monitor) || typeof monitor.path !== "string") return;
    const bytes = utf8Length(monitor.path);
    if (bytes <= MAX_REQUEST_URI_BYTES) return;
    ctx.report({
      at: "/path",
      message: `path is ${bytes} bytes, over the 32 KB (${MAX_REQUEST_URI_BYTES} bytes) a request URI may have. Use a short health path`,
    });
  },
});
