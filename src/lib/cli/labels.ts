/** How the command line names an option in its text: by its label, or its id when it has none. */
export function labelOf(
  options: readonly { id: string; label: string }[],
): (id: string) => string {
  return (id) => options.find((o) => o.id === id)?.label ?? id;
}
