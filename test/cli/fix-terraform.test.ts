import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cflint } from "./run-cli.js";

// Each .tf text here is as terraform fmt writes it, and so is each fixed one (checked by hand
// with terraform 1.11 `terraform fmt -check`, which CI does not have).

/** A v4 monitor and pool (blocks) and a v5 Spectrum app (attribute objects), each with mistakes. */
const TF = `resource "cloudflare_load_balancer_monitor" "http" {
  account_id     = var.account_id
  type           = "http"
  method         = "HEAD"
  expected_codes = "200"
  expected_body  = "ok" # the health page says ok
}

resource "cloudflare_load_balancer_pool" "web" {
  account_id    = var.account_id
  name          = "web"
  monitor       = cloudflare_load_balancer_monitor.http.id
  check_regions = "WNAM"

  origins {
    name    = "a"
    address = "https://a.example.com/"
  }
}

resource "cloudflare_spectrum_application" "ssh" {
  zone_id       = var.zone_id
  protocol      = "tcp/22"
  origin_direct = ["tcp://2001:db8::5:22"]
  origin_dns = {
    name = "origin.example.com"
  }
  dns = {
    type = "ADDRESS"
    name = "ssh.example.com"
  }
}
`;
// The schema's list for a single string, then (its pool readable) the origin's address; the IPv6
// origin's brackets, the dns type that fits dynamic edge IPs.
const TF_FIXED = TF.replace('check_regions = "WNAM"', 'check_regions = ["WNAM"]')
  .replace('address = "https://a.example.com/"', 'address = "a.example.com"')
  .replace('["tcp://2001:db8::5:22"]', '["tcp://[2001:db8::5]:22"]')
  .replace('type = "ADDRESS"', 'type = "CNAME"');

const TF_JSON = `{
  "resource": {
    "cloudflare_load_balancer_monitor": {
      "http": {
        "account_id": "\${var.account_id}",
        "type": "http",
        "method": "HEAD",
        "expected_codes": "200",
        "expected_body": "ok"
      }
    },
    "cloudflare_spectrum_application": {
      "ssh": {
        "count": 2,
        "zone_id": "\${var.zone_id}",
        "protocol": "tcp/22",
        "origin_direct": ["tcp://2001:db8::5:22"],
        "origin_dns": { "name": "origin-\${count.index}.example.com" },
        "dns": { "type": "ADDRESS", "name": "ssh.example.com" }
      }
    }
  }
}
`;
// In a block with count: the literals are the same in every instance, so they are fixed.
const TF_JSON_FIXED = TF_JSON.replace('["tcp://2001:db8::5:22"]', '["tcp://[2001:db8::5]:22"]').replace('"type": "ADDRESS"', '"type": "CNAME"');

/** `terraform show -json` output: generated, so never fixed. */
const PLAN = JSON.stringify({
  format_version: "1.2",
  terraform_version: "1.9.0",
  planned_values: {
    root_module: {
      resources: [
        {
          address: "cloudflare_spectrum_application.ssh",
          mode: "managed",
          type: "cloudflare_spectrum_application",
          name: "ssh",
          values: { protocol: "tcp/22", origin_direct: ["tcp://2001:db8::5:22"], dns: { type: "CNAME", name: "ssh.example.com" } },
        },
      ],
    },
  },
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cflint-fix-tf-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface Message {
  ruleId: string;
  fix?: unknown;
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

/** Each suggestion of the findings, applied alone to `text`, by rule and description. */
function suggested(text: string, messages: Message[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of messages) {
    for (const s of m.suggestions ?? []) out[`${m.ruleId}: ${s.desc}`] = text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]);
  }
  return out;
}

describe("cflint check --fix on Terraform configuration", () => {
  it("fixes literals in a .tf file as terraform fmt writes them, and a second run finds them gone", () => {
    const dir = project({ "main.tf": TF });
    const { status, stdout } = cflint(["check", "--fix", "main.tf"], { cwd: dir });
    expect(readFileSync(join(dir, "main.tf"), "utf8")).toBe(TF_FIXED);
    expect(status).toBe(1);
    const remaining = (out: string) => out.split("\n").filter((line) => /^\s+\d+:\d+/.test(line)).map((line) => line.trim().split(/\s+/).at(-1));
    expect(remaining(stdout)).toEqual(["monitor/http-redirect", "monitor/expected-body-unreadable", "spectrum/origin-conflict"]);
    const again = cflint(["check", "-f", "json", "main.tf"], { cwd: dir });
    const [result] = JSON.parse(again.stdout);
    expect(result.messages.map((m: Message) => m.ruleId)).toEqual(["monitor/http-redirect", "monitor/expected-body-unreadable", "spectrum/origin-conflict"]);
    expect(result.fixableErrorCount + result.fixableWarningCount).toBe(0);
  });

  it("offers suggestions in a .tf file: an added argument, a replaced method, removed attributes", () => {
    const dir = project({ "main.tf": TF_FIXED });
    const [result] = JSON.parse(cflint(["check", "-f", "json", "main.tf"], { cwd: dir }).stdout);
    const monitorAt = TF_FIXED.indexOf("}\n");
    expect(suggested(TF_FIXED, result.messages)).toEqual({
      'monitor/http-redirect: add "follow_redirects": true': TF_FIXED.slice(0, monitorAt) + "\n  follow_redirects = true\n" + TF_FIXED.slice(monitorAt),
      "monitor/http-redirect: make it an https monitor": TF_FIXED.replace('type           = "http"', 'type           = "https"'),
      'monitor/expected-body-unreadable: use "method": "GET"': TF_FIXED.replace('method         = "HEAD"', 'method         = "GET"'),
      'spectrum/origin-conflict: remove "origin_dns"': TF_FIXED.replace('  origin_dns = {\n    name = "origin.example.com"\n  }\n', ""),
      'spectrum/origin-conflict: remove "origin_direct"': TF_FIXED.replace('  origin_direct = ["tcp://[2001:db8::5]:22"]\n', "").replace("zone_id       =", "zone_id  =").replace("protocol      =", "protocol ="),
    });
  });

  it("fixes a .tf.json file through the JSON editor, and gives a plan no fix", () => {
    const dir = project({ "main.tf.json": TF_JSON, "plan.json": PLAN });
    const { status } = cflint(["check", "--fix", "main.tf.json", "plan.json"], { cwd: dir });
    expect(status).toBe(1);
    expect(readFileSync(join(dir, "main.tf.json"), "utf8")).toBe(TF_JSON_FIXED);
    expect(readFileSync(join(dir, "plan.json"), "utf8")).toBe(PLAN);
    const [config, plan] = JSON.parse(cflint(["check", "-f", "json", "main.tf.json", "plan.json"], { cwd: dir }).stdout);
    expect(config.messages.map((m: Message) => m.ruleId)).toEqual(["monitor/http-redirect", "monitor/expected-body-unreadable", "spectrum/origin-conflict"]);
    expect(suggested(TF_JSON_FIXED, config.messages)['monitor/expected-body-unreadable: use "method": "GET"']).toBe(
      TF_JSON_FIXED.replace('"method": "HEAD"', '"method": "GET"'),
    );
    expect(plan.messages).toMatchObject([{ ruleId: "spectrum/origin-address" }]);
    expect(plan.messages[0].fix).toBeUndefined();
    expect(plan.fixableErrorCount).toBe(0);
  });
});

describe("override files beside the Terraform files of a run", () => {
  // The override turns the app's edge IPs static, which makes its "ADDRESS" dns type right.
  const OVERRIDE = 'resource "cloudflare_spectrum_application" "ssh" {\n  edge_ips = {\n    type         = "static"\n    connectivity = "all"\n    ips          = ["203.0.113.7"]\n  }\n}\n';

  it("are read when the run names only main.tf: the blocks they change are neither checked nor fixed", () => {
    const dir = project({ "main.tf": TF, "ssh_override.tf": OVERRIDE });
    const [checked] = JSON.parse(cflint(["check", "-f", "json", "main.tf"], { cwd: dir }).stdout);
    expect(checked.messages.map((m: Message) => m.ruleId)).toEqual(["monitor/http-redirect", "monitor/expected-body-unreadable", "pool/schema"]);
    const { status, stdout } = cflint(["check", "--fix", "-f", "json", "main.tf"], { cwd: dir });
    expect(status).toBe(1);
    const results = JSON.parse(stdout);
    expect(results.map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, "main.tf")]);
    expect(results[0].messages.map((m: Message) => m.ruleId)).toEqual(["monitor/http-redirect", "monitor/expected-body-unreadable"]);
    // The monitor and pool are fixed; the Spectrum app, which the override changes, is left as written.
    expect(readFileSync(join(dir, "main.tf"), "utf8")).toBe(TF_FIXED.replace('["tcp://[2001:db8::5]:22"]', '["tcp://2001:db8::5:22"]').replace('type = "CNAME"', 'type = "ADDRESS"'));
    expect(readFileSync(join(dir, "ssh_override.tf"), "utf8")).toBe(OVERRIDE);
  });

  it("in another directory change nothing here", () => {
    const dir = project({ "main.tf": TF });
    const other = project({ "ssh_override.tf": OVERRIDE });
    const results = JSON.parse(cflint(["check", "-f", "json", "main.tf", join(other, "ssh_override.tf")], { cwd: dir }).stdout);
    const result = results.find((r: { filePath: string }) => r.filePath === join(dir, "main.tf"));
    expect(result.messages.map((m: Message) => m.ruleId)).toContain("spectrum/dns-type");
  });
});

describe("repeated keys in a .tf.json file, as Terraform reads them", () => {
  // Valid to terraform 1.11: two applications, ssh and web, each type key holding one.
  const TWO = `{
  "resource": {
    "cloudflare_spectrum_application": {
      "ssh": {
        "zone_id": "\${var.zone_id}",
        "protocol": "tcp/22",
        "origin_direct": ["tcp://2001:db8::5:22"],
        "dns": { "type": "CNAME", "name": "ssh.example.com" }
      }
    },
    "cloudflare_spectrum_application": {
      "web": {
        "zone_id": "\${var.zone_id}",
        "protocol": "tcp/8080",
        "origin_direct": ["tcp://192.0.2.1:8080"],
        "dns": { "type": "CNAME", "name": "web.example.com" }
      }
    }
  }
}
`;

  it("checks the resources under both type keys, each at its own place, and fixes the first in its own occurrence", () => {
    const dir = project({ "main.tf.json": TWO.replace('"type": "CNAME", "name": "web', '"type": "ADDRESS", "name": "web') });
    const [result] = JSON.parse(cflint(["check", "-f", "json", "main.tf.json"], { cwd: dir }).stdout);
    expect(result.messages.map((m: Message & { line: number }) => `${m.line} ${m.ruleId}`)).toEqual(["7 spectrum/origin-address", "16 spectrum/dns-type"]);
    cflint(["check", "--fix", "main.tf.json"], { cwd: dir });
    expect(readFileSync(join(dir, "main.tf.json"), "utf8")).toBe(TWO.replace("tcp://2001:db8::5:22", "tcp://[2001:db8::5]:22"));
  });

  it("refuses one name declared under both, with Terraform's error, and edits nothing", () => {
    const text = TWO.replace('"web": {', '"ssh": {');
    const dir = project({ "main.tf.json": text });
    const { status, stdout } = cflint(["check", "--fix", "-f", "json", "main.tf.json"], { cwd: dir });
    expect(status).toBe(1);
    expect(JSON.parse(stdout)[0].messages).toMatchObject([
      {
        ruleId: "core/parse-error",
        line: 12,
        column: 7,
        message:
          'duplicate resource "cloudflare_spectrum_application" configuration: a cloudflare_spectrum_application resource named "ssh" was already declared (first at 4:7); resource names must be unique per type in each module',
      },
    ]);
    expect(readFileSync(join(dir, "main.tf.json"), "utf8")).toBe(text);
  });

  it("reads an array of objects where the key repeats, each resource checked and fixed at its own place", () => {
    // Valid to terraform 1.11, which reads ssh and web; with web named ssh it refuses the file:
    // Duplicate resource … named "ssh" was already declared at main.tf.json:5,16-17.
    const text = `{
  "resource": [
    {
      "cloudflare_spectrum_application": {
        "ssh": {
          "zone_id": "\${var.zone_id}",
          "protocol": "tcp/22",
          "origin_direct": ["tcp://2001:db8::5:22"],
          "dns": { "type": "CNAME", "name": "ssh.example.com" }
        }
      }
    }
  ],
  "resource": {
    "cloudflare_spectrum_application": [
      {
        "web": {
          "zone_id": "\${var.zone_id}",
          "protocol": "tcp/8080",
          "origin_direct": ["tcp://192.0.2.1:8080"],
          "dns": { "type": "ADDRESS", "name": "web.example.com" }
        }
      }
    ]
  }
}
`;
    const dir = project({ "main.tf.json": text });
    const [result] = JSON.parse(cflint(["check", "-f", "json", "main.tf.json"], { cwd: dir }).stdout);
    expect(result.messages.map((m: Message & { line: number }) => `${m.line} ${m.ruleId}`)).toEqual(["8 spectrum/origin-address", "21 spectrum/dns-type"]);
    cflint(["check", "--fix", "main.tf.json"], { cwd: dir });
    expect(readFileSync(join(dir, "main.tf.json"), "utf8")).toBe(text.replace("tcp://2001:db8::5:22", "tcp://[2001:db8::5]:22").replace('"type": "ADDRESS"', '"type": "CNAME"'));
  });
});
