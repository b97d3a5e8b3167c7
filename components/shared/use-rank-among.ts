import { useEffect, useState } from 'react';
import type { RankAmong } from '../../lib/analysis/rank-facts';
import { rankAmongSetting } from '../../lib/settings/rank-among';

/** The stored choice of whom ranks are among; every open page follows a change at once. */
export function useRankAmong(): [RankAmong, (value: RankAmong) => void] {
  const [among, setAmong] = useState<RankAmong>('kind');
  useEffect(() => {
    rankAmongSetting.getValue().then((value) => setAmong(value === 'all' ? 'all' : 'kind'));
    return rankAmongSetting.watch((value) => setAmong(value === 'all' ? 'all' : 'kind'));
  }, []);
  const choose = (value: RankAmong) => {
    setAmong(value);
    rankAmongSetting.setValue(value);
  };
  return [among, choose];
}
