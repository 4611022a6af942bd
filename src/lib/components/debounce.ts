/**
 * Work that waits for a pause: `run` schedules it `ms` after the latest call, dropping the calls
 * before; `cancel` drops the one pending. The one place the page's inputs are debounced.
 */
export function debounced<A extends unknown[]>(
  work: (...args: A) => void,
  ms: number,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    run(...args: A) {
      clearTimeout(timer);
      timer = setTimeout(() => work(...args), ms);
    },
    cancel: () => clearTimeout(timer),
  };
}
