import type { Scorecard } from '../analysis/scorecard';
import type { ViewAnnotations } from '../annotator/annotations';
import type { CaptureAllProgress } from '../capture/capture-all';
import type { ViewStatus } from '../capture/capture-all-controller';
import type { IngestOutcome } from '../capture/ingest';
import type { RenormalizeReport } from '../capture/renormalize';
import type { PeerRanking } from '../compare/peer-ranking';
import type { UnitsByCriteria } from '../compare/units-by-criteria';
import type { UnitsByPeriods } from '../compare/units-by-periods';
import type { CapturesSummary } from '../db/captures';
import type { CaptureRecord } from '../db/database';
import type { FlaggedCaptures } from '../db/flagged-captures';
import type { SnapshotSummary } from '../db/snapshots';
import type { RankingWorkbookData } from '../export/ranking-workbook-data';
import type { ImportApplied, ImportBatchSummary, ImportPreview } from '../import/preview';
import type { ReportModel } from '../report/report-model';
import type { TrendOverlay } from '../trend/trend-overlay';
import type { UnitSpread } from '../trend/unit-spread';
import type { UnitTrend } from '../trend/unit-trend';
import type { BackupReplyMap } from './backup-replies';
import type { ErrorReply } from './errors';
import type { Request } from './requests';

export interface AnalysisView {
  snapshot: SnapshotSummary;
  annotations: ViewAnnotations;
}

/** The workbook's data as it crosses the message channel: the instant as ISO text. */
export type WorkbookDataReply = Omit<RankingWorkbookData, 'generatedAt'> & { generatedAt: string };

/** What the background answers to each request type. */
export interface ReplyMap extends BackupReplyMap {
  /**
   * With the annotations of the tab's view, unless they went ahead in `event:annotations`
   * (absent then, and for senders that are not a portal tab).
   */
  'capture:observed': IngestOutcome & { annotations?: ViewAnnotations | null };
  'captures:summary': CapturesSummary;
  'captures:list': CaptureRecord[];
  'captures:raw': { id: number; responseText: string | null };
  'captures:flagged': FlaggedCaptures;
  'captures:renormalize': RenormalizeReport;
  'snapshots:list': SnapshotSummary[];
  'view:status': ViewStatus;
  'capture-all:start': CaptureAllProgress;
  'export:long-csv': { fileName: string; text: string };
  'analysis:view': AnalysisView | null;
  'annotations:current': ViewAnnotations | null;
  scorecard: Scorecard | null;
  /** Null when nothing is stored for the unit's period. */
  'report:build': ReportModel | null;
  'compare:peer': PeerRanking | null;
  'compare:workbook': WorkbookDataReply | null;
  /** Units × periods and units × criteria, the root's own line first; null when nothing is stored. */
  'compare:periods': UnitsByPeriods | null;
  'compare:criteria': UnitsByCriteria | null;
  'trend:unit': UnitTrend | null;
  /** Null when none of the units is stored. */
  'trend:units': TrendOverlay | null;
  'trend:spread': UnitSpread | null;
  'import:preview': ImportPreview;
  'import:apply': ImportApplied;
  'import:batches': ImportBatchSummary[];
}

export type Reply<T extends Request['type']> = { ok: true; value: ReplyMap[T] } | ErrorReply;

export type AnyReply = Reply<Request['type']>;
