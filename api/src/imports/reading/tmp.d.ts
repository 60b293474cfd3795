// The temp file package exceljs uses (no bundled types): only the call xlsx-temp-files.ts wraps.
declare module 'tmp' {
  const tmp: { file(...args: unknown[]): void };
  export = tmp;
}
