import type { RankAmong } from '../../lib/analysis/rank-facts';
import { useLocale } from './locale';

/** "Xếp hạng trong: đơn vị cùng loại | tất cả đơn vị trực thuộc". */
export function RankAmongToggle({
  value,
  onChange,
}: {
  value: RankAmong;
  onChange: (value: RankAmong) => void;
}) {
  const { t } = useLocale();
  return (
    <label className="rank-among small">
      {t('rankAmongLabel')}{' '}
      <select
        data-testid="rank-among"
        value={value}
        onChange={(e) => onChange(e.target.value === 'all' ? 'all' : 'kind')}
      >
        <option value="kind">{t('rankAmongKind')}</option>
        <option value="all">{t('rankAmongAll')}</option>
      </select>
    </label>
  );
}
