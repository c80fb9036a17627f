/** The address of a script this page loaded, so that embed codes point where the file really is. */
export function loadedScript(name: string): string {
  const script = [...document.scripts].find((s) => s.src && new URL(s.src).pathname.endsWith(`/${name}`));
  return script?.src ?? new URL(name, location.href).href;
}
