import { useEffect, useRef } from "react";

/**
 * Focus for the result's heading after a choice from a list that disappears as the result comes:
 * without it, focus would fall back to the page. `focusOnNextResult` asks for it; the heading gets
 * focus once `result` has changed and the heading is rendered.
 */
export function useHeadingFocus(result: unknown) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);

  useEffect(() => {
    if (focusNext.current && headingRef.current) {
      focusNext.current = false;
      headingRef.current.focus();
    }
  }, [result]);

  return {
    headingRef,
    focusOnNextResult: () => {
      focusNext.current = true;
    },
  };
}
