import { Button, Input, Text, View } from '@tarojs/components'
import { REGION_LEVEL_LABELS } from '@hulei/shared'
import type { RegionSearchResult, RegionSummary } from '../../api/regions'
import { ErrorNotice, LoadingNotice } from '../status'
import { useRegionPicker, type RegionChoice, type RegionPickerState } from './use-region-picker'
import './index.css'

export type { RegionChoice } from './use-region-picker'

interface RegionPickerProps {
  title?: string
  onChange?: (choice: RegionChoice | undefined) => void
}

/** Province → city → county → town → village, one tap per level, or found by name. */
export function RegionPicker({ title = '你在哪里？', onChange }: RegionPickerProps) {
  const picker = useRegionPicker(onChange)
  return (
    <View className='region-picker'>
      <View className='region-picker__title'>{title}</View>
      <ChosenTrail trail={picker.trail} onReopen={picker.reopen} />
      <RegionSearch picker={picker} />
      {picker.level ? <LevelOptions picker={picker} /> : <Chosen trail={picker.trail} onReset={picker.reset} />}
      <RememberChoice checked={picker.remember} onToggle={picker.toggleRemember} />
    </View>
  )
}

function ChosenTrail({ trail, onReopen }: { trail: RegionSummary[]; onReopen: (index: number) => void }) {
  if (!trail.length) return null
  return (
    <View className='region-picker__trail'>
      {trail.map((region, index) => (
        <Button key={region.code} className='region-picker__chip' onClick={() => onReopen(index)}>
          {region.name} ✕
        </Button>
      ))}
    </View>
  )
}

function RegionSearch({ picker }: { picker: RegionPickerState }) {
  const { query, setQuery, runSearch, search, searchScope, chooseSearchResult } = picker
  return (
    <View className='region-picker__search'>
      <View className='region-picker__search-row'>
        <Input
          className='region-picker__input'
          value={query}
          placeholder={searchScope ? `在${searchScope.name}里找，如：太平铺` : '输入村或乡镇的名字，如：官庄'}
          confirmType='search'
          onInput={(event) => setQuery(event.detail.value)}
          onConfirm={() => void runSearch()}
        />
        <Button className='region-picker__search-button' onClick={() => void runSearch()}>
          搜索
        </Button>
      </View>
      {search.loading && <LoadingNotice text='正在查找…' />}
      {search.error && <ErrorNotice message={search.error} onRetry={() => void runSearch()} />}
      {search.data && search.data.length === 0 && (
        <View className='region-picker__empty'>没有找到“{search.for}”，换个字试试，或在下面一级一级选。</View>
      )}
      {search.data?.map((result) => (
        <SearchResult key={result.code} result={result} onChoose={chooseSearchResult} />
      ))}
    </View>
  )
}

function SearchResult({ result, onChoose }: { result: RegionSearchResult; onChoose: (r: RegionSearchResult) => void }) {
  return (
    <Button className='region-picker__option region-picker__option--result' onClick={() => onChoose(result)}>
      <Text className='region-picker__option-name'>{result.name}</Text>
      <Text className='region-picker__option-path'>{result.path}</Text>
    </Button>
  )
}

function LevelOptions({ picker }: { picker: RegionPickerState }) {
  const { level, options, retryOptions, choose } = picker
  if (!level) return null
  return (
    <View className='region-picker__options'>
      <View className='region-picker__prompt'>请选择{REGION_LEVEL_LABELS[level]}</View>
      {options.loading && <LoadingNotice />}
      {options.error && <ErrorNotice message={options.error} onRetry={() => void retryOptions()} />}
      {options.data?.map((region) => (
        <Button key={region.code} className='region-picker__option' onClick={() => choose(region)}>
          {region.name}
        </Button>
      ))}
    </View>
  )
}

function Chosen({ trail, onReset }: { trail: RegionSummary[]; onReset: () => void }) {
  return (
    <View className='region-picker__chosen'>
      <View>已选择：{trail.map((region) => region.name).join(' ')}</View>
      <Button className='region-picker__reset' onClick={onReset}>
        重新选择
      </Button>
    </View>
  )
}

function RememberChoice({ checked, onToggle }: { checked: boolean; onToggle: () => void }) {
  return (
    <View className='region-picker__remember'>
      <Button className='region-picker__tick' onClick={onToggle}>
        <Text className={`region-picker__box${checked ? ' region-picker__box--on' : ''}`}>{checked ? '✓' : ''}</Text>
        记住我选的地方
      </Button>
      <View className='region-picker__why'>手机可能是家里人共用的，不勾选就不会在手机上留下记录。</View>
    </View>
  )
}
