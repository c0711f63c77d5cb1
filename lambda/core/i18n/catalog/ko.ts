/**
 * Korean catalog. IAM terms as AWS's Korean documentation writes them (docs/i18n.md glossary): 자격 증명 기반
 * 정책, 리소스 기반 정책, 권한 경계, 실행 역할, 이벤트 소스 매핑, 역할 신뢰 정책.
 */
import { DIGEST_KO } from './digest';
import { CLI_EXTRA_KO } from './cli-extra';
import { ACCESS_KO } from './checks-access';
import { HYGIENE_KO } from './checks-hygiene';
import { REFS_KO } from './refs';
import { REFS_ENGINE_KO } from './refs-engine';
import { REQ_KO } from './checks-req';
import { EXEC_KO } from './checks-exec';
import { CROSS_KO } from './checks-cross';
import { INVOKE_KO } from './checks-invoke';
import { FIX_KO } from './checks-fix';
import { REPORT_KO } from './report';
import { ROLE_KO } from './checks-role';
import { LATENT_KO } from './checks-latent';
import { TRIGGER_KO } from './checks-trigger';
import type { Catalog } from './en';

/** Layout, labels and words of the renderers (alerts, CLI). */
const RENDER_KO = {
  'severity.critical': '심각',
  'severity.high': '높음',
  'severity.medium': '중간',
  'severity.low': '낮음',
  'severity.info': '정보',
  'category.execution-role': '실행 역할',
  'category.invoke-permission': '호출 권한',
  'category.deployer': '배포',
  'category.vpc-network': 'VPC 네트워크',
  'category.trust-policy': '신뢰 정책',
  'category.cross-account': '교차 계정',
  'category.event-source': '이벤트 소스',
  'category.exposure': '노출',
  'category.hygiene': '위생 관리',
  'category.change-correlation': '변경 상관관계',
  'category.support': '지원',
  'category.auditor': '감사 도구',
  'category.check-error': '검사 오류',
  'policy.identity': '자격 증명 기반 정책',
  'policy.resource': '리소스 기반 정책',
  'policy.trust': '역할 신뢰 정책',
  'policy.permissions-boundary': '권한 경계',
  'policy.session': '세션 정책',
  'policy.scp': '서비스 제어 정책',
  'policy.rcp': '리소스 제어 정책',
  'policy.vpc-endpoint': 'VPC 엔드포인트 정책',
  'decision.implicit': '암시적으로 거부됨',
  'decision.implicitNo': '암시적으로 거부됨(허용하는 {type} 없음)',
  'decision.explicit': '명시적으로 거부됨',
  'decision.explicitBy': '명시적으로 거부됨({type}에 의해)',
  'decision.allowed': '허용됨',
  'decision.allowedBy': '허용됨({type}에 의해)',
  'statement.sid': 'Sid "{sid}"',
  'statement.index': '문 #{index}',
  'evidence.line': '- {policy}, {statement}: {effect}',
  'label.severity': '심각도',
  'label.category': '범주',
  'label.check': '검사',
  'label.function': '함수',
  'label.accountRegion': '계정/리전',
  'label.principal': '보안 주체',
  'label.action': '작업',
  'label.resource': '리소스',
  'label.occurrences': '발생 횟수',
  'label.message': '메시지',
  'label.request': '요청',
  'label.decision': '결정',
  'label.nearMisses': '아깝게 일치하지 않은 항목',
  'label.details': '세부 정보',
  'label.policyJson': '정책 JSON',
  'label.cli': 'AWS CLI',
  'label.cdk': 'CDK',
  'label.note': '참고',
  'label.notes': '참고',
  'label.why': '원인',
  'label.decidedBy': '결정한 정책',
  'label.when': '시각',
  'label.fix': '수정',
  'label.evidence': '근거',
  'label.event': '이벤트',
  'label.who': '주체',
  'label.what': '내용',
  'label.ids': 'ID',
  'label.references': '참고 자료',
  'label.fingerprint': '지문',
  'email.subject': '[LAA {severity}] {title}',
  'email.occurrences': '{count}회(처음 {first}, 마지막 {last})',
  'email.sectionWhatHappened': '발생한 일',
  'email.sectionWhy': '원인',
  'email.sectionFix': '수정 방법',
  'email.sectionReferences': '참고 자료',
  'email.eventLine': '{time} UTC: {principal}({principalType})이(가) {errorCode}을(를) 받았습니다.',
  'email.awsEvaluation': 'AWS 자체 평가(IAM Access Troubleshooter): {where}',
  'email.request': '{ids}; {account} / {region}',
  'email.footer': '지문: {fingerprint}(검사 {checkId}). lambda-access-auditor에서 보냄.',
  'event.authorizationId': '권한 부여 ID {id}',
  'event.accessKey': '액세스 키 {id}',
  'event.sourceIp': '출발지 {ip}',
  'event.userAgent': '사용자 에이전트 {agent}',
  'event.requestId': '요청 {id}',
  'event.eventId': '이벤트 {id}',
  'chat.accountRegion': '{account}, {region}',
  'chat.when': '{time} UTC — {principal}에 대해 {errorCode}',
  'chat.occurrences': '{first} 이후 {count}회',
  'chat.footer': '{checkId} · {category} · 지문 {fingerprint}',
  'chat.awsEvaluation': '이 거부에 대한 AWS 자체 평가(IAM Access Troubleshooter): {where}',
  'chat.cli': 'CLI: {cli}',
  'alert.truncated':
    '이 알림은 SNS 메시지 한도 256KB에 맞추기 위해 줄였습니다. 전체 결과는 CloudWatch 로그 레코드와 ' +
    '`lambda-access-auditor audit`에서 확인하세요.',
  'table.number': '#',
  'table.severity': '심각도',
  'table.target': '대상',
  'table.check': '검사',
  'table.title': '제목',
  'table.none': '결과가 없습니다.',
  'table.account': '(계정)',
  'details.request': '{resource}에 대한 {action}',
  'details.anyAction': '(모든 작업)',
  'details.anyResource': '(모든 리소스)',
  'details.when': '{time}(UTC), {region}, 계정 {account}',
  'details.occurrences': '{count}회({first} → {last})',
  'summary.label': '요약:',
  'summary.functions': '감사한 함수 {count}개',
  'summary.findings': '결과 {count}건({bySeverity})',
  'summary.severityCount': '{severity} {count}',
  'summary.denials': '분석한 거부 {count}건',
  'summary.rejected': '({count}건 제외)',
  'summary.checkErrors': '검사 오류 {count}건(검사 실행 {runs}회 중)',
  'preview.emailHeading': '이메일(SNS "email" 키), Slack 페이로드 포함 {bytes}바이트',
  'preview.subject': '제목: {subject}',
  'preview.slackHeading': 'Slack(SNS "default" 키: Amazon Q Developer in chat applications 사용자 지정 알림)',
  'preview.published':
    '게시되는 알림: 결과 {total}건 중 {sent}건이 {threshold} 이상입니다(최초 발생분, 중복 제거 기간 내 반복은 전송하지 않고 횟수만 집계).',
  'preview.alertNumber': '--- 알림 {index}/{count} ---',
  'preview.summary':
    '결과 {total}건 중 {sent}건이 기본 알림 임계값({threshold}) 이상이며 SNS(이메일 + Slack)로 게시됩니다. 나머지는 로그에 기록되고 집계됩니다.',
  'preview.alertsLabel': '알림:',
  'preview.firstSubject': '  첫 이메일 제목: {subject}   (--alerts로 실행하면 전송되는 그대로 표시)',
};

// Spreads only: own properties before spreads made V8 copy its descriptor array per added key (≈40 ms and
// 8 MB per catalog at cold start; docs/lean-lambdas.md).
/** Korean (한국어). */
export const KO: Catalog = {
  ...RENDER_KO,
  ...DIGEST_KO,
  ...CLI_EXTRA_KO,
  ...ACCESS_KO,
  ...HYGIENE_KO,
  ...REFS_KO,
  ...REFS_ENGINE_KO,
  ...REQ_KO,
  ...EXEC_KO,
  ...CROSS_KO,
  ...INVOKE_KO,
  ...FIX_KO,
  ...REPORT_KO,
  ...ROLE_KO,
  ...LATENT_KO,
  ...TRIGGER_KO,
};
