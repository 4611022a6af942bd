declare module "virtual:hydration-script" {
  /** The calculator's script, then the chunks it imports (scripts/vite-hydration.ts). */
  const hydrationFiles: () => string[];
  export default hydrationFiles;
}
