/**
 * A part of the page that is a Svelte root of its own, sharing the page's contexts. Where the
 * prerendered page holds it, it is hydrated in a task of its own after the page, so that a slow
 * phone never spends one long task hydrating the whole page; where the page renders it anew (back
 * from the comparison), it is mounted at once. A part no first answer needs comes as its module
 * loading, and is hydrated (a task later) or mounted when that arrives.
 */
import { hydrate, mount, unmount, untrack, type Component } from "svelte";
import type { Attachment } from "svelte/attachments";

/** A part: its component, or its module loading. */
export type Part = Component | Promise<Component>;

export function island(
  part: Part,
  context: Map<unknown, unknown>,
): Attachment<HTMLElement> {
  return (node) => {
    let app: Record<string, unknown> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let removed = false;
    const prerendered = !!node.firstElementChild;
    const start = (component: Component) => {
      if (prerendered)
        timer = setTimeout(
          () => (app = hydrate(component, { target: node, context })),
        );
      // Untracked: what the part reads as it is built must not rerun this attachment.
      else app = untrack(() => mount(component, { target: node, context }));
    };
    if (part instanceof Promise)
      part.then(
        (component) => {
          if (!removed) start(component);
        },
        // Its code did not come (offline, or a newer deploy): prerendered figures that no longer
        // follow the inputs would mislead, so the part goes.
        () => node.replaceChildren(),
      );
    else start(part);
    return () => {
      removed = true;
      clearTimeout(timer);
      if (app) void unmount(app);
    };
  };
}
