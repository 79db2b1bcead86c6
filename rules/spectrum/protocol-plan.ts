import { parseProtocol, SELECTED_PROTOCOL_PORTS, type SelectedProtocol } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

/** The protocols each plan below Enterprise offers (Free has no Spectrum; Enterprise any TCP/UDP). */
const OFFERED: Record<"pro" | "business", readonly SelectedProtocol[]> = {
  pro: ["ssh", "minecraft"],
  business: ["ssh", "minecraft", "rdp"],
};
const LABEL: Record<SelectedProtocol, string> = { ssh: "SSH", minecraft: "Minecraft", rdp: "RDP" };

export default defineRule({
  id: "spectrum/protocol-plan",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "13002",
  description: "Pro and Business plans offer only selected protocols: SSH and Minecraft, and RDP on Business",
  check(app, ctx) {
    if (typeof app.protocol !== "string") return;
    const parsed = parseProtocol(app.protocol);
    if (!parsed.ok) return;
    const plan = ctx.account.need("plan");
    if (plan !== "pro" && plan !== "business") return;
    const offered = OFFERED[plan];
    if (parsed.value.selected && offered.includes(parsed.value.selected)) return;
    const list = offered.map((name) => `${LABEL[name]} (tcp/${SELECTED_PROTOCOL_PORTS[name]})`).join(", ");
    const planName = plan === "pro" ? "Pro" : "Business";
    const why =
      parsed.value.selected === "rdp"
        ? "RDP needs a Business plan or higher"
        : `the ${planName} plan offers only ${list}; other TCP and UDP ports need Enterprise`;
    ctx.report({ at: "/protocol", message: `protocol "${app.protocol}" is not available: ${why}` });
  },
});
