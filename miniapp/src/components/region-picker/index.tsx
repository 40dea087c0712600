import { Input, Text, View } from '@tarojs/components';
import { REGION_LEVEL_LABELS } from '@hulei/shared';
import type { RegionSearchResult, RegionSummary } from '../../api/regions';
import { ErrorNotice, LoadingNotice } from '../status';
import { useRegionPicker, type RegionChoice, type RegionPickerState, type RegionPreset } from './use-region-picker';
import { Tap } from '../tap';
import './index.css';

export type { RegionChoice, RegionPreset } from './use-region-picker';

interface RegionPickerProps extends RegionPreset {
  title?: string;
  onChange?: (choice: RegionChoice | undefined) => void;
}

/** Province → city → county → town → village, one tap per level, or found by name. */
export function RegionPicker({ title = '你在哪里？', onChange, ...preset }: RegionPickerProps) {
  const picker = useRegionPicker(onChange, preset);
  const { options } = picker;
  return (
    <View className="region-picker">
      <View className="region-picker__title">{title}</View>
      <ChosenTrail trail={picker.trail} locked={picker.locked} onReopen={picker.reopen} />
      <RegionSearch picker={picker} />
      {picker.presetting ? (
        options.error ? (
          <ErrorNotice message={options.error} onRetry={() => void picker.retryOptions()} />
        ) : (
          <LoadingNotice />
        )
      ) : picker.level ? (
        <LevelOptions picker={picker} />
      ) : (
        <Chosen trail={picker.trail} onReset={picker.trail.length > picker.locked ? picker.reset : undefined} />
      )}
      {picker.rememberable && <RememberChoice checked={picker.remember} onToggle={picker.toggleRemember} />}
    </View>
  );
}

function ChosenTrail({
  trail,
  locked,
  onReopen,
}: {
  trail: RegionSummary[];
  locked: number;
  onReopen: (index: number) => void;
}) {
  if (!trail.length) return null;
  return (
    <View className="region-picker__trail">
      {trail.map((region, index) =>
        index < locked ? (
          <Text key={region.code} className="region-picker__chip region-picker__chip--fixed">
            {region.name}
          </Text>
        ) : (
          <Tap key={region.code} className="region-picker__chip" onTap={() => onReopen(index)}>
            {region.name} ✕
          </Tap>
        ),
      )}
    </View>
  );
}

function RegionSearch({ picker }: { picker: RegionPickerState }) {
  const { query, setQuery, runSearch, search, searchScope, chooseSearchResult } = picker;
  return (
    <View className="region-picker__search">
      <View className="region-picker__search-row">
        <Input
          className="region-picker__input"
          value={query}
          placeholder={searchScope ? `在${searchScope.name}里找，如：太平铺` : '输入村或乡镇的名字，如：官庄'}
          confirmType="search"
          onInput={(event) => setQuery(event.detail.value)}
          onConfirm={() => void runSearch()}
        />
        <Tap className="region-picker__search-button" onTap={() => void runSearch()}>
          搜索
        </Tap>
      </View>
      {search.loading && <LoadingNotice text="正在查找…" />}
      {search.error && <ErrorNotice message={search.error} onRetry={() => void runSearch()} />}
      {search.data && search.data.length === 0 && (
        <View className="region-picker__empty">没有找到“{search.for}”，换个字试试，或在下面一级一级选。</View>
      )}
      {search.data?.map((result) => (
        <SearchResult key={result.code} result={result} onChoose={chooseSearchResult} />
      ))}
    </View>
  );
}

function SearchResult({ result, onChoose }: { result: RegionSearchResult; onChoose: (r: RegionSearchResult) => void }) {
  return (
    <Tap className="region-picker__option region-picker__option--result" onTap={() => onChoose(result)}>
      <Text className="region-picker__option-name">{result.name}</Text>
      <Text className="region-picker__option-path">{result.path}</Text>
    </Tap>
  );
}

function LevelOptions({ picker }: { picker: RegionPickerState }) {
  const { level, options, retryOptions, choose } = picker;
  if (!level) return null;
  return (
    <View className="region-picker__options">
      <View className="region-picker__prompt">请选择{REGION_LEVEL_LABELS[level]}</View>
      {options.loading && <LoadingNotice />}
      {options.error && <ErrorNotice message={options.error} onRetry={() => void retryOptions()} />}
      {options.data?.map((region) => (
        <Tap key={region.code} className="region-picker__option" onTap={() => choose(region)}>
          {region.name}
        </Tap>
      ))}
    </View>
  );
}

function Chosen({ trail, onReset }: { trail: RegionSummary[]; onReset?: () => void }) {
  return (
    <View className="region-picker__chosen">
      <View>已选择：{trail.map((region) => region.name).join(' ')}</View>
      {onReset && (
        <Tap className="region-picker__reset" onTap={onReset}>
          重新选择
        </Tap>
      )}
    </View>
  );
}

function RememberChoice({ checked, onToggle }: { checked: boolean; onToggle: () => void }) {
  return (
    <View className="region-picker__remember">
      <Tap className="region-picker__tick" onTap={onToggle}>
        <Text className={`region-picker__box${checked ? ' region-picker__box--on' : ''}`}>{checked ? '✓' : ''}</Text>
        记住我选的地方
      </Tap>
      <View className="region-picker__why">手机可能是家里人共用的，不勾选就不会在手机上留下记录。</View>
    </View>
  );
}
