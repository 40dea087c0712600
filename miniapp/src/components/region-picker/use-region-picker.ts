import { useCallback, useEffect, useRef, useState } from 'react';
import { REGION_LEVELS, type RegionLevel } from '@hulei/shared';
import { ApiError, messageOf } from '../../api';
import { regionsApi, type RegionSearchResult, type RegionSummary } from '../../api/regions';
import { forgetTrail, loadRememberedTrail, rememberTrail } from '../../lib/region-memory';
import { nextLevel, trailFromSearchResult } from './region-trail';

export interface RegionChoice {
  /** The deepest region chosen so far. */
  region: RegionSummary;
  /** From the province down to `region`. */
  trail: RegionSummary[];
  /** True once a region of the deepest level (by default a village or community) is chosen. */
  complete: boolean;
}

/** Where a picker starts and how far down it goes. */
export interface RegionPreset {
  /** Start from this region (e.g. the town of a market QR code); the person may still change it. */
  initialCode?: string;
  /** Stay inside this region: it comes chosen and cannot be undone (an administrator's jurisdiction). */
  rootCode?: string;
  /** The level where a choice is complete and the lists stop. Default: village. */
  deepest?: RegionLevel;
  /** Offer to remember the choice on the phone. Default: true. */
  rememberable?: boolean;
}

interface Loadable<T> {
  data?: T;
  loading: boolean;
  error?: string;
}

/** State of the region picker: the chosen trail, the next level's options, search, and memory. */
export function useRegionPicker(onChange?: (choice: RegionChoice | undefined) => void, preset: RegionPreset = {}) {
  const { initialCode, rootCode, deepest = 'village', rememberable = true } = preset;
  const presetCode = rootCode ?? initialCode;
  const [remembered] = useState(() => (rememberable && !presetCode ? loadRememberedTrail() : undefined));
  const [presetting, setPresetting] = useState(Boolean(presetCode));
  /** How many regions at the top of the trail cannot be undone. */
  const [locked, setLocked] = useState(0);
  const [trail, setTrail] = useState<RegionSummary[]>(remembered ?? []);
  const [remember, setRemember] = useState(Boolean(remembered));
  const [options, setOptions] = useState<Loadable<RegionSummary[]>>({ loading: false });
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Loadable<RegionSearchResult[]> & { for?: string }>({ loading: false });
  // Answers can arrive out of order on a weak network: only the latest request may update the list.
  const optionsRequest = useRef(0);
  const searchRequest = useRef(0);

  const current = trail[trail.length - 1];
  const level = presetting || current?.level === deepest ? undefined : nextLevel(trail);
  const cut = useCallback(
    (regions: RegionSummary[]) => regions.slice(0, REGION_LEVELS.indexOf(deepest) + 1),
    [deepest],
  );

  const loadPreset = useCallback(async () => {
    if (!presetCode) return;
    setPresetting(true);
    setOptions({ loading: true });
    try {
      const [found] = await regionsApi.search(presetCode);
      const presetTrail = found ? cut(trailFromSearchResult(found)) : [];
      setTrail(presetTrail);
      if (rootCode) setLocked(presetTrail.length);
      setPresetting(false);
    } catch (error) {
      // A jurisdiction must be known before anything is offered; a mere starting point may be skipped.
      if (rootCode) setOptions({ loading: false, error: messageOf(error) });
      else setPresetting(false);
    }
  }, [presetCode, rootCode, cut]);

  useEffect(() => {
    void loadPreset();
  }, [loadPreset]);

  const loadOptions = useCallback(async () => {
    const request = ++optionsRequest.current;
    if (!level) {
      setOptions({ loading: false });
      return;
    }
    setOptions({ loading: true });
    try {
      const data = current ? await regionsApi.children(current.code) : await regionsApi.provinces();
      if (request === optionsRequest.current) setOptions({ data, loading: false });
    } catch (error) {
      if (request === optionsRequest.current) setOptions({ loading: false, error: messageOf(error) });
    }
  }, [current?.code, level]);

  useEffect(() => {
    void loadOptions();
  }, [loadOptions]);

  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => {
    const region = trail[trail.length - 1];
    onChangeRef.current?.(region ? { region, trail, complete: region.level === deepest } : undefined);
    if (remember) {
      if (trail.length) rememberTrail(trail);
      else forgetTrail();
    }
  }, [trail, remember]);

  const choose = useCallback((region: RegionSummary) => {
    setTrail((previous) => [...previous, { code: region.code, name: region.name, level: region.level }]);
  }, []);

  /** Back to the list that offered trail[index], to choose it again. */
  const reopen = useCallback(
    (index: number) => {
      setTrail((previous) => previous.slice(0, Math.max(index, locked)));
    },
    [locked],
  );

  const runSearch = useCallback(async () => {
    const text = query.trim();
    const request = ++searchRequest.current;
    if (!text) {
      setSearch({ loading: false });
      return;
    }
    // Search inside what is already chosen (never inside a village: it has nothing below).
    const scope = [...trail].reverse().find((region) => region.level !== 'village');
    setSearch({ loading: true, for: text });
    try {
      const data = await regionsApi.search(text, scope?.code);
      if (request === searchRequest.current) setSearch({ data, loading: false, for: text });
    } catch (error) {
      const message = error instanceof ApiError && error.kind === 'rejected' ? '请输入要找的地名' : messageOf(error);
      if (request === searchRequest.current) setSearch({ loading: false, error: message, for: text });
    }
  }, [query, trail]);

  const chooseSearchResult = useCallback(
    (result: RegionSearchResult) => {
      searchRequest.current++;
      setTrail(cut(trailFromSearchResult(result)));
      setQuery('');
      setSearch({ loading: false });
    },
    [cut],
  );

  const toggleRemember = useCallback(() => {
    setRemember((previous) => {
      if (previous) forgetTrail();
      return !previous;
    });
  }, []);

  const scope = [...trail].reverse().find((region) => region.level !== 'village');

  return {
    trail,
    level,
    options,
    retryOptions: presetting ? loadPreset : loadOptions,
    presetting,
    locked,
    rememberable,
    choose,
    reopen,
    reset: () => reopen(0),
    query,
    setQuery,
    search,
    searchScope: scope,
    runSearch,
    chooseSearchResult,
    remember,
    toggleRemember,
  };
}

export type RegionPickerState = ReturnType<typeof useRegionPicker>;
