/** Minimal command-line reading for the scripts: `--name value`, `--name=value` and bare `--flag`. */

export function argument(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) {
    const value = args[at + 1];
    return value === undefined || value.startsWith('--') ? undefined : value;
  }
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export function flag(args: readonly string[], name: string): boolean {
  return args.includes(`--${name}`);
}

/** A numeric option, or `fallback`; exits with a message when it is not a number. */
export function numberArgument(args: readonly string[], name: string, fallback: number): number {
  const text = argument(args, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    console.error(`--${name} must be a number, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return value;
}
