/**
 * A part of the page that is a Svelte root of its own, sharing the page's contexts. Where the
 * prerendered page holds it, it is hydrated in a task of its own after the page, so that a slow
 * phone never spends one long task hydrating the whole page; where the page renders it anew (back
 * from the comparison), it is mounted at once.
 */
import { hydrate, mount, unmount, untrack, type Component } from "svelte";
import type { Attachment } from "svelte/attachments";

export function island(
  component: Component,
  context: Map<unknown, unknown>,
): Attachment<HTMLElement> {
  return (node) => {
    let app: Record<string, unknown> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (node.firstElementChild)
      timer = setTimeout(
        () => (app = hydrate(component, { target: node, context })),
      );
    // Untracked: what the part reads as it is built must not rerun this attachment.
    else app = untrack(() => mount(component, { target: node, context }));
    return () => {
      clearTimeout(timer);
      if (app) void unmount(app);
    };
  };
}
