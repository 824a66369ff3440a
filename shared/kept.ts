/**
 * A value worked out from an object and a few inputs, kept with the object
 * while the inputs stay the same (each compared with ===). The editor's
 * reading session hands back the very same motion objects for the sections
 * an edit left alone, so what was worked out from them need not be again.
 * Only for objects that are not changed once made, as the reader's are not.
 */
export type KeptPerObject<Key extends object, Value> = (key: Key, inputs: readonly unknown[], work: () => Value) => Value;

export function keptPerObject<Key extends object, Value>(): KeptPerObject<Key, Value> {
  const kept = new WeakMap<Key, { inputs: readonly unknown[]; value: Value }>();
  return (key, inputs, work) => {
    const entry = kept.get(key);
    if (entry && entry.inputs.length === inputs.length && entry.inputs.every((input, index) => input === inputs[index])) return entry.value;
    const value = work();
    kept.set(key, { inputs, value });
    return value;
  };
}
