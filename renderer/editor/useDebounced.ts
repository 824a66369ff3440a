import { useEffect, useState } from 'react';

/** The value as it was `delay` ms after it last changed; at once when the delay is 0. */
export function useDebounced<Value>(value: Value, delay: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    // With no delay the value is used as it is, and kept too, for when a delay begins.
    if (delay === 0) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return delay === 0 ? value : settled;
}
