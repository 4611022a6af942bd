/**
 * Runs the last work handed over once `ms` have passed without another: a burst of edits costs
 * one run, after it. Returns the hand-over and a cancel.
 */
export function debounce(ms: number): {
  run: (work: () => void) => void;
  cancel: () => void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  return {
    run(work) {
      cancel();
      timer = setTimeout(work, ms);
    },
    cancel,
  };
}
