import { Input, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { Tap } from '../../../components/tap';
import './index.css';

// The cadre pages' few building blocks. They live in the cadre subpackage: a child never downloads them.

export function CadrePage({ title, children }: PropsWithChildren<{ title?: string }>) {
  return (
    <View className="cadre-page">
      {title && <View className="cadre__heading">{title}</View>}
      {children}
    </View>
  );
}

export function Card({ title, children }: PropsWithChildren<{ title?: string }>) {
  return (
    <View className="cadre__card">
      {title && <View className="cadre__card-title">{title}</View>}
      {children}
    </View>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  password?: boolean;
  type?: 'text' | 'number';
  maxLength?: number;
  hint?: string;
}

export function Field({ label, value, onInput, placeholder, password, type = 'text', maxLength, hint }: FieldProps) {
  return (
    <View className="cadre__field">
      <Text className="cadre__label">{label}</Text>
      <Input
        className="cadre__input"
        value={value}
        password={password}
        type={type}
        maxlength={maxLength ?? 140}
        placeholder={placeholder ?? label}
        onInput={(event) => onInput(event.detail.value)}
      />
      {hint && <View className="cadre__hint">{hint}</View>}
    </View>
  );
}

export function Button({
  onTap,
  busy,
  tone = 'primary',
  children,
}: PropsWithChildren<{ onTap: () => void; busy?: boolean; tone?: 'primary' | 'plain' | 'danger' | 'link' }>) {
  return (
    <Tap className={`cadre__button cadre__button--${tone}`} onTap={() => !busy && onTap()}>
      {busy ? '请稍候…' : children}
    </Tap>
  );
}

export function Notice({ tone, children }: PropsWithChildren<{ tone: 'error' | 'info' | 'success' }>) {
  return <View className={`cadre__notice cadre__notice--${tone}`}>{children}</View>;
}

/** Why something did not load, with 重试; nothing while it is fine. */
export function LoadError({ remote }: { remote: { error?: string; reload: () => void } }) {
  if (!remote.error) return null;
  return (
    <Notice tone="error">
      {remote.error}
      <Button tone="link" onTap={remote.reload}>
        重试
      </Button>
    </Notice>
  );
}

/** A label and its value on one line, e.g. 角色 · 村（社区）妇联主席. */
export function Row({ label, children }: PropsWithChildren<{ label: string }>) {
  return (
    <View className="cadre__row">
      <Text className="cadre__row-label">{label}</Text>
      <Text className="cadre__row-value">{children}</Text>
    </View>
  );
}

/** 上一页 / 下一页 for a list the server pages: one request per page, nothing piled up on the phone. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <View className="cadre__pager">
      {page > 1 && (
        <Button tone="plain" onTap={() => onPage(page - 1)}>
          上一页
        </Button>
      )}
      <View className="cadre__pager-at">
        第 {page} 页，共 {pages} 页
      </View>
      {page < pages && (
        <Button tone="plain" onTap={() => onPage(page + 1)}>
          下一页
        </Button>
      )}
    </View>
  );
}

/** Lets WeChat select and copy a Text (secrets, codes); the browser allows it anyway and knows no such prop. */
export const selectable = () => (process.env.TARO_ENV === 'h5' ? {} : { userSelect: true });
