import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** Search text typed into an assign picker; the debounced value goes to the server. */
export function useOptionSearch() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return { setSearch, query: debounced === '' ? null : debounced };
}
