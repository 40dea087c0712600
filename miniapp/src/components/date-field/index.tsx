import { Picker, Text, View } from '@tarojs/components';

/** A calendar day as "YYYY-MM-DD" on this phone's clock. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A day no later than today (a visit, a follow-up): the browser's own picker in H5, WeChat's in
 * the mini-program. It uses the cadre pages' field classes.
 */
export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <View className="cadre__field">
      <Text className="cadre__label">{label}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <input
          className="cadre__input cadre__input--native"
          type="date"
          aria-label={label}
          value={value}
          max={today()}
          onChange={(event) => event.target.value && onChange(event.target.value)}
        />
      ) : (
        <Picker mode="date" value={value} end={today()} onChange={(event) => onChange(event.detail.value)}>
          <View className="cadre__input cadre__picker">{value}</View>
        </Picker>
      )}
    </View>
  );
}
