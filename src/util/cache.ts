/**
 * The value kept in `cache` for `key`, made by `make` the first time it is asked for: for what
 * costs far more to make than to keep (Intl objects, tick names, text widths, date parses) and is
 * asked for on every frame of a zoom. `limit` bounds a Map whose keys come from the data: when
 * full, it starts again empty. A WeakMap needs none: it lets go of a value with its key object.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, make: () => V, limit?: number): V;
export function remember<K extends WeakKey, V>(cache: WeakMap<K, V>, key: K, make: () => V): V;
export function remember<K extends WeakKey, V>(
  cache: Map<K, V> | WeakMap<K, V>,
  key: K,
  make: () => V,
  limit = Infinity,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache instanceof Map && cache.size >= limit) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}
