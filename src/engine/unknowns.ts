import { escapeSegment } from "../parse/pointer.js";

/** Whether `pointer` is one of `unknown` or lies inside one of them. */
export function isUnknown(pointer: string, unknown: readonly string[]): boolean {
  return unknown.some((u) => pointer === u || pointer.startsWith(u + "/"));
}

/**
 * Watches a rule read a value with unknown fields (Terraform values known only after apply,
 * left out of the value). Reading, testing for or listing such a field marks the watch as
 * touched: a finding reported after that may rest on a value cflint cannot know, so it is
 * dropped rather than risk a false one. Values without unknown fields are handed over as they are.
 */
export class UnknownWatch {
  touched = false;
  private readonly proxies = new WeakMap<object, object>();

  constructor(private readonly unknown: ReadonlySet<string>) {}

  wrap<T>(value: T, pointer = ""): T {
    if (typeof value !== "object" || value === null) return value;
    const cached = this.proxies.get(value);
    if (cached) return cached as T;
    const child = (key: string | symbol) => (typeof key === "string" ? `${pointer}/${escapeSegment(key)}` : undefined);
    const proxy = new Proxy(value, {
      get: (target, key, receiver) => {
        const at = child(key);
        if (at !== undefined && this.unknown.has(at)) this.touched = true;
        const result: unknown = Reflect.get(target, key, receiver);
        return at === undefined ? result : this.wrap(result, at);
      },
      has: (target, key) => {
        const at = child(key);
        if (at !== undefined && this.unknown.has(at)) this.touched = true;
        return Reflect.has(target, key);
      },
      ownKeys: (target) => {
        if ([...this.unknown].some((u) => u.startsWith(pointer + "/") && !u.slice(pointer.length + 1).includes("/")))
          this.touched = true;
        return Reflect.ownKeys(target);
      },
    });
    this.proxies.set(value, proxy);
    return proxy;
  }
}
