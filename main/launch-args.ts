/**
 * The file named on the command line that started the app, or a second
 * launch of it: "tally-desk results.txt" packaged, "electron . results.txt"
 * in development. Flags that Chromium or the OS add are not files.
 */
export function fileArgument(argv: string[], isDevelopment: boolean): string | null {
  const args = argv.slice(isDevelopment ? 2 : 1);
  return args.find((arg) => !arg.startsWith('-') && arg !== '.') ?? null;
}
