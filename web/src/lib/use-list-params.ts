import { LIMITS } from '@schaltplan/domain';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';

export type SortDirection = 'ASC' | 'DESC';
export const PAGE_SIZES = [25, 50, 100, 200];

export interface ListParams {
  tenantId: string;
  /** Fixed by the route (location page) or chosen in the filter. */
  locationId: string | null;
  locationFixed: boolean;
  searchInput: string;
  setSearchInput: (value: string) => void;
  /** Debounced search sent to the server. */
  search: string;
  setLocationId: (value: string | null) => void;
  page: number;
  setPage: (page: number) => void;
  pageSize: number;
  setPageSize: (size: number) => void;
  sortColumn: string;
  sortDirection: SortDirection;
  setSort: (column: string, direction: SortDirection) => void;
  offset: number;
}

/**
 * List state lives in the URL (?suche=&standort=&seite=&sortierung=&richtung=&anzahl=) so a
 * reload or a shared link shows the same page; the search text is debounced before it goes out.
 */
export function useListParams(defaultSort: string): ListParams {
  const params = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const tenantId = params.tenantId ?? '';
  const routeLocationId = params.locationId ?? null;

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const search = searchParams.get('suche') ?? '';
  const [searchInput, setSearchInput] = useState(search);
  const [debounced] = useDebouncedValue(searchInput.slice(0, LIMITS.searchMax), 300);
  useEffect(() => {
    if (debounced.trim() !== search) update({ suche: debounced.trim(), seite: null });
  }, [debounced, search, update]);

  const page = Math.max(1, Number(searchParams.get('seite')) || 1);
  const sizeParam = Number(searchParams.get('anzahl'));
  const pageSize = PAGE_SIZES.includes(sizeParam) ? sizeParam : LIMITS.pageSizeDefault;
  const direction = searchParams.get('richtung') === 'absteigend' ? 'DESC' : 'ASC';

  return {
    tenantId,
    locationId: routeLocationId ?? searchParams.get('standort'),
    locationFixed: routeLocationId !== null,
    searchInput,
    setSearchInput,
    search,
    setLocationId: (value) => update({ standort: value, seite: null }),
    page,
    setPage: (next) => update({ seite: next === 1 ? null : String(next) }),
    pageSize,
    setPageSize: (size) => update({ anzahl: String(size), seite: null }),
    sortColumn: searchParams.get('sortierung') ?? defaultSort,
    sortDirection: direction,
    setSort: (column, dir) =>
      update({ sortierung: column, richtung: dir === 'DESC' ? 'absteigend' : null, seite: null }),
    offset: (page - 1) * pageSize,
  };
}
