import { useEffect, useRef } from 'preact/hooks';

/**
 * When the person marks the step the page works on, the step that opens next takes the focus (its
 * heading), so a keyboard or screen reader user goes on from there. Returns the call to make when
 * that step is marked.
 */
export function useFocusOnAdvance(currentId: string | undefined): () => void {
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current && currentId) document.getElementById(`step-${currentId}`)?.focus();
    marked.current = false;
  }, [currentId]);
  return () => {
    marked.current = true;
  };
}
