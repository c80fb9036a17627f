/**
 * The value kept in `cache` for `key`, made by `make` the first time it is asked for: for what
 * costs far more to make than to keep (Intl objects, tick names, text widths) and is asked for on
 * every frame of a zoom. `limit` bounds a cache whose keys come from the data: when full, it
 * starts again empty.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, make: () => V, limit = Infinity): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= limit) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}
