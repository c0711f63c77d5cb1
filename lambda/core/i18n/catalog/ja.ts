/**
 * Japanese catalog. IAM terms as AWS's Japanese documentation writes them (docs/i18n.md glossary):
 * アイデンティティベースのポリシー, リソースベースのポリシー, アクセス許可の境界, 実行ロール, イベントソースマッピング.
 */
import { DIGEST_JA } from './digest';
import { CLI_EXTRA_JA } from './cli-extra';
import { ACCESS_JA } from './checks-access';
import { HYGIENE_JA } from './checks-hygiene';
import { REFS_JA } from './refs';
import { REFS_ENGINE_JA } from './refs-engine';
import { REQ_JA } from './checks-req';
import { EXEC_JA } from './checks-exec';
import { CROSS_JA } from './checks-cross';
import { INVOKE_JA } from './checks-invoke';
import { FIX_JA } from './checks-fix';
import { REPORT_JA } from './report';
import { ROLE_JA } from './checks-role';
import { LATENT_JA } from './checks-latent';
import { TRIGGER_JA } from './checks-trigger';
import type { Catalog } from './en';

/** Layout, labels and words of the renderers (alerts, CLI). */
const RENDER_JA = {
  'severity.critical': '緊急',
  'severity.high': '高',
  'severity.medium': '中',
  'severity.low': '低',
  'severity.info': '情報',
  'category.execution-role': '実行ロール',
  'category.invoke-permission': '呼び出し許可',
  'category.deployer': 'デプロイ',
  'category.vpc-network': 'VPC ネットワーク',
  'category.trust-policy': '信頼ポリシー',
  'category.cross-account': 'クロスアカウント',
  'category.event-source': 'イベントソース',
  'category.exposure': '公開',
  'category.hygiene': '衛生管理',
  'category.change-correlation': '変更との相関',
  'category.support': 'サポート',
  'category.auditor': '監査ツール',
  'category.check-error': 'チェックエラー',
  'policy.identity': 'アイデンティティベースのポリシー',
  'policy.resource': 'リソースベースのポリシー',
  'policy.trust': 'ロール信頼ポリシー',
  'policy.permissions-boundary': 'アクセス許可の境界',
  'policy.session': 'セッションポリシー',
  'policy.scp': 'サービスコントロールポリシー',
  'policy.rcp': 'リソースコントロールポリシー',
  'policy.vpc-endpoint': 'VPC エンドポイントポリシー',
  'decision.implicit': '暗黙的に拒否',
  'decision.implicitNo': '暗黙的に拒否（許可する{type}がありません）',
  'decision.explicit': '明示的に拒否',
  'decision.explicitBy': '明示的に拒否（{type}による）',
  'decision.allowed': '許可',
  'decision.allowedBy': '許可（{type}による）',
  'statement.sid': 'Sid "{sid}"',
  'statement.index': 'ステートメント #{index}',
  'evidence.line': '- {policy} の {statement} にある {effect}',
  'label.severity': '重要度',
  'label.category': 'カテゴリ',
  'label.check': 'チェック',
  'label.function': '関数',
  'label.accountRegion': 'アカウント/リージョン',
  'label.principal': 'プリンシパル',
  'label.action': 'アクション',
  'label.resource': 'リソース',
  'label.occurrences': '発生回数',
  'label.message': 'メッセージ',
  'label.request': 'リクエスト',
  'label.decision': '判定',
  'label.nearMisses': '惜しくも一致しなかったもの',
  'label.details': '詳細',
  'label.policyJson': 'ポリシー JSON',
  'label.cli': 'AWS CLI',
  'label.cdk': 'CDK',
  'label.note': '注記',
  'label.notes': '注記',
  'label.why': '原因',
  'label.decidedBy': '判定したポリシー',
  'label.when': '日時',
  'label.fix': '修正',
  'label.evidence': '根拠',
  'label.event': 'イベント',
  'label.who': '誰が',
  'label.what': '内容',
  'label.ids': 'ID',
  'label.references': '参考資料',
  'label.fingerprint': 'フィンガープリント',
  'email.subject': '[LAA {severity}] {title}',
  'email.occurrences': '{count} 回（初回 {first}、最終 {last}）',
  'email.sectionWhatHappened': '発生したこと',
  'email.sectionWhy': '原因',
  'email.sectionFix': '修正',
  'email.sectionReferences': '参考資料',
  'email.eventLine': '{time} UTC: {principal} ({principalType}) が {errorCode} を受け取りました。',
  'email.awsEvaluation': 'AWS 自身による評価 (IAM Access Troubleshooter): {where}',
  'email.request': '{ids}; {account} / {region}',
  'email.footer': 'フィンガープリント: {fingerprint}（チェック {checkId}）。送信元: lambda-access-auditor',
  'event.authorizationId': '認可 ID {id}',
  'event.accessKey': 'アクセスキー {id}',
  'event.sourceIp': '送信元 {ip}',
  'event.userAgent': 'ユーザーエージェント {agent}',
  'event.requestId': 'リクエスト {id}',
  'event.eventId': 'イベント {id}',
  'chat.accountRegion': '{account}, {region}',
  'chat.when': '{time} UTC — {principal} に {errorCode}',
  'chat.occurrences': '{first} 以降 {count} 回',
  'chat.footer': '{checkId} · {category} · フィンガープリント {fingerprint}',
  'chat.awsEvaluation': 'この拒否に対する AWS 自身の評価 (IAM Access Troubleshooter): {where}',
  'chat.cli': 'CLI: {cli}',
  'alert.truncated':
    'このアラートは SNS メッセージの上限 256 KB に収めるため短縮されました。完全な検出結果は CloudWatch の' +
    'ログレコードと `lambda-access-auditor audit` で確認できます。',
  'table.number': '#',
  'table.severity': '重要度',
  'table.target': '対象',
  'table.check': 'チェック',
  'table.title': 'タイトル',
  'table.none': '検出結果はありません。',
  'table.account': '(アカウント)',
  'details.request': '{resource} に対する {action}',
  'details.anyAction': '(任意のアクション)',
  'details.anyResource': '(任意のリソース)',
  'details.when': '{time} (UTC)、{region}、アカウント {account}',
  'details.occurrences': '{count} 回 ({first} → {last})',
  'summary.label': '概要:',
  'summary.functions': '監査した関数 {count} 件',
  'summary.findings': '検出結果 {count} 件 ({bySeverity})',
  'summary.severityCount': '{severity} {count}',
  'summary.denials': '解析した拒否 {count} 件',
  'summary.rejected': '（{count} 件は除外）',
  'summary.checkErrors': 'チェックエラー {count} 件（チェック実行 {runs} 回中）',
  'preview.emailHeading': 'メール (SNS の "email" キー)、Slack ペイロードを含めて {bytes} バイト',
  'preview.subject': '件名: {subject}',
  'preview.slackHeading': 'Slack (SNS の "default" キー: Amazon Q Developer in chat applications のカスタム通知)',
  'preview.published':
    '発行されるアラート: 検出結果 {total} 件中 {sent} 件が {threshold} 以上です（初回発生分。重複排除期間内の繰り返しは送信せず件数のみ記録）。',
  'preview.alertNumber': '--- アラート {index} / {count} ---',
  'preview.summary':
    '検出結果 {total} 件中 {sent} 件がデフォルトのアラートしきい値 ({threshold}) 以上で、SNS (メール + Slack) に発行されます。残りはログに記録され、件数が集計されます。',
  'preview.alertsLabel': 'アラート:',
  'preview.firstSubject': '  最初のメールの件名: {subject}   (--alerts を付けると送信内容どおりに表示します)',
};

// Spreads only: own properties before spreads made V8 copy its descriptor array per added key (≈40 ms and
// 8 MB per catalog at cold start; docs/lean-lambdas.md).
/** Japanese (日本語). */
export const JA: Catalog = {
  ...RENDER_JA,
  ...DIGEST_JA,
  ...CLI_EXTRA_JA,
  ...ACCESS_JA,
  ...HYGIENE_JA,
  ...REFS_JA,
  ...REFS_ENGINE_JA,
  ...REQ_JA,
  ...EXEC_JA,
  ...CROSS_JA,
  ...INVOKE_JA,
  ...FIX_JA,
  ...REPORT_JA,
  ...ROLE_JA,
  ...LATENT_JA,
  ...TRIGGER_JA,
};
