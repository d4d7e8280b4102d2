-- Fills the dondoc schema at province scale, on top of the demo organisation (8 units, 19 users).
--
--   psql -v tasks=100000 -f bench/generate.sql      (bench/generate does this for you)
--
-- Variables (all optional):
--   tasks       number of tasks                                  default 100000
--   directives  number of directives                             default tasks / 2.5
--   updates     rows in task_update                              default tasks * 10
--   audits      rows in audit_event                              default tasks * 10
--
-- Set-based: every table is filled by one INSERT ... SELECT over generate_series, in one
-- transaction, so a failed run leaves nothing behind. Rows are marked by directive.created_by =
-- 'bench'; a second run refuses to start. The search_text triggers stay enabled, so search_text is
-- exactly what the application would have written.
--
-- Ids are taken from the tables' own sequences up front (nextval in a temporary table) so that
-- children can point at parents without reading them back.

\set ON_ERROR_STOP on
\set QUIET on
\pset footer off

\if :{?tasks}
\else
  \set tasks 100000
\endif
\if :{?directives}
\else
  SELECT round(:tasks / 2.5)::int AS directives \gset
\endif
\if :{?updates}
\else
  SELECT (:tasks * 10)::bigint AS updates \gset
\endif
\if :{?audits}
\else
  SELECT (:tasks * 10)::bigint AS audits \gset
\endif

\echo 'dondoc bench data:' :tasks 'tasks in' :directives 'directives,' :updates 'progress updates,' :audits 'audit rows'

SELECT clock_timestamp() AS t0 \gset

-- Refuse to run twice, and refuse to run without the demo organisation.
DO $$
DECLARE
  missing text;
BEGIN
  IF EXISTS (SELECT 1 FROM directive WHERE created_by = 'bench') THEN
    RAISE EXCEPTION 'bench data is already loaded (directive.created_by = ''bench''); '
      'to start again stop the app and delete its data directory';
  END IF;
  SELECT string_agg(c, ', ') INTO missing
    FROM unnest(ARRAY['SO', 'VP', 'KHTC', 'BCVT', 'CNTT', 'TTBCXB', 'TTRA', 'TTCNTT']) c
   WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE upper(u.code) = c);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'demo units missing: % (start the app once on an empty database first)', missing;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM app_user u JOIN app_user_role r ON r.user_id = u.id WHERE r.role = 'LEADER') THEN
    RAISE EXCEPTION 'no LEADER account: demo users missing';
  END IF;
END
$$;

\timing on
BEGIN;
SET LOCAL work_mem = '128MB';
SET LOCAL synchronous_commit = off;
SELECT setseed(0.2025) \gset

-- ---------------------------------------------------------------------------------------------
\echo '== lookup: units, users, text lists'
-- The seven units that get work, in a fixed order (n = 1..7), with a head and a staff member each.
CREATE TEMP TABLE b_unit ON COMMIT DROP AS
SELECT c.n, u.id, u.code, u.name,
       h.id AS head_id, h.full_name AS head_name, h.username AS head_username,
       s.id AS staff_id, s.full_name AS staff_name, s.username AS staff_username
  FROM unnest(ARRAY['VP', 'KHTC', 'BCVT', 'CNTT', 'TTBCXB', 'TTRA', 'TTCNTT']) WITH ORDINALITY AS c(code, n)
  JOIN unit u ON upper(u.code) = c.code
  LEFT JOIN LATERAL (
    SELECT a.* FROM app_user a
     WHERE a.unit_id = u.id
     ORDER BY EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = a.id AND r.role = 'UNIT_HEAD') DESC, a.id
     LIMIT 1) h ON TRUE
  LEFT JOIN LATERAL (
    SELECT a.* FROM app_user a
     WHERE a.unit_id = u.id
     ORDER BY EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = a.id AND r.role = 'STAFF') DESC,
              EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = a.id AND r.role = 'UNIT_HEAD'), a.id
     LIMIT 1) s ON TRUE;

DO $$
BEGIN
  IF (SELECT count(*) FROM b_unit WHERE head_id IS NOT NULL AND staff_id IS NOT NULL) <> 7 THEN
    RAISE EXCEPTION 'every non-root demo unit needs at least one user';
  END IF;
END
$$;

CREATE TEMP TABLE b_leader ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY a.id) AS n, a.id, a.username, a.full_name
  FROM app_user a JOIN app_user_role r ON r.user_id = a.id AND r.role = 'LEADER'
 LIMIT 2;
-- Two leaders are assumed below; with one, it signs both parts.
INSERT INTO b_leader SELECT 2, id, username, full_name FROM b_leader WHERE n = 1 AND (SELECT count(*) FROM b_leader) = 1;

CREATE TEMP TABLE b_list ON COMMIT DROP AS
SELECT
  -- weighted: common kinds appear several times
  ARRAY['CONG_VAN', 'CONG_VAN', 'CONG_VAN', 'CONG_VAN', 'CONG_VAN', 'CONG_VAN', 'CONG_VAN',
        'KE_HOACH', 'KE_HOACH', 'QUYET_DINH', 'QUYET_DINH', 'CHI_THI', 'CHUONG_TRINH', 'HUONG_DAN',
        'DE_AN', 'QUY_CHE', 'QUY_DINH', 'CONG_DIEN', 'PHIEU_CHUYEN', 'PHIEU_CHUYEN',
        'THONG_BAO_HOI_NGHI', 'THONG_BAO_CUOC_HOP', 'THONG_BAO_CUOC_HOP', 'THONG_BAO_LAM_VIEC',
        'THONG_BAO_TIEP_DAN', 'KHAC'] AS kinds,
  ARRAY['chuyển đổi số trong cơ quan nhà nước', 'xây dựng chính quyền số tỉnh',
        'hạ tầng viễn thông thụ động dùng chung', 'bảo đảm an toàn thông tin mạng',
        'phát triển dịch vụ bưu chính công ích', 'quản lý thông tin trên mạng xã hội',
        'cải cách hành chính năm', 'cung cấp dịch vụ công trực tuyến toàn trình',
        'phổ cập điện thoại thông minh cho người dân', 'Đề án 06 về dữ liệu dân cư và định danh điện tử',
        'nền tảng số dùng chung của tỉnh', 'phủ sóng 5G và cáp quang hóa đến thôn, bản',
        'hoạt động báo chí và xuất bản trên địa bàn', 'thông tin cơ sở và hệ thống đài truyền thanh',
        'Trung tâm Giám sát, điều hành đô thị thông minh (IOC)', 'sử dụng chữ ký số trong xử lý văn bản',
        'phòng, chống tin giả, tin sai sự thật', 'phát triển kinh tế số và xã hội số',
        'quản lý giá cước và chất lượng dịch vụ viễn thông', 'công tác thi đua, khen thưởng',
        'phòng, chống thiên tai và tìm kiếm cứu nạn', 'tuyên truyền các ngày lễ lớn của đất nước',
        'thanh tra chuyên ngành thông tin và truyền thông', 'giải ngân vốn đầu tư công',
        'kho dữ liệu dùng chung và dữ liệu mở', 'Ngày Chuyển đổi số quốc gia',
        'hệ thống quản lý văn bản và điều hành', 'sắp xếp đơn vị hành chính cấp xã',
        'quản lý hoạt động quảng cáo trên môi trường mạng', 'xử lý sim rác và cuộc gọi lừa đảo'] AS topics,
  ARRAY['KTTH', 'VX', 'NC', 'KT', 'TH', 'XD'] AS depts,
  ARRAY['Về việc đôn đốc triển khai %s', 'Về việc đôn đốc thực hiện nhiệm vụ %s', 'Về việc tăng cường %s',
        'Về việc báo cáo tình hình %s', 'Về việc triển khai %s trên địa bàn tỉnh',
        'Về việc tham mưu giải quyết kiến nghị liên quan đến %s', 'Về việc góp ý dự thảo văn bản về %s',
        'Về việc chấn chỉnh, nâng cao hiệu quả %s'] AS cv_templates,
  ARRAY['Chủ trì, phối hợp với các sở, ngành liên quan tham mưu UBND tỉnh về %s',
        'Rà soát, đánh giá tình hình %s, báo cáo UBND tỉnh',
        'Xây dựng dự thảo kế hoạch %s giai đoạn 2026–2030',
        'Hướng dẫn các sở, ngành, UBND cấp huyện triển khai %s',
        'Tổng hợp số liệu, báo cáo kết quả thực hiện %s định kỳ hằng quý',
        'Đôn đốc các doanh nghiệp viễn thông thực hiện %s',
        'Kiểm tra, xử lý vi phạm trong lĩnh vực %s',
        'Tham mưu văn bản trả lời kiến nghị của cử tri về %s',
        'Tổ chức hội nghị sơ kết, đánh giá %s',
        'Cập nhật, công khai thông tin về %s trên Cổng thông tin điện tử tỉnh'] AS task_templates,
  ARRAY['đang tổng hợp ý kiến góp ý của các sở, ngành', 'đã ban hành văn bản hướng dẫn các địa phương',
        'đang phối hợp với doanh nghiệp viễn thông khảo sát hiện trạng', 'đã tổ chức họp với các đơn vị liên quan',
        'đang hoàn thiện dự thảo báo cáo trình Lãnh đạo Sở', 'đã đề nghị UBND cấp huyện cung cấp số liệu',
        'đang chờ ý kiến của Bộ Thông tin và Truyền thông', 'đã kiểm tra thực tế tại một số xã, phường',
        'đang lấy ý kiến thẩm định của Sở Tư pháp', 'đã trình UBND tỉnh dự thảo văn bản'] AS progress_phrases,
  ARRAY['Chờ ý kiến thống nhất của các sở, ngành liên quan', 'Chưa được bố trí kinh phí thực hiện',
        'Số liệu của các địa phương gửi chậm', 'Nội dung phức tạp, cần xin ý kiến của Bộ',
        'Nhân lực của phòng còn thiếu'] AS delay_reasons,
  ARRAY['Đề nghị UBND tỉnh cho gia hạn thời gian thực hiện', 'Đề nghị bổ sung kinh phí thực hiện',
        'Đề nghị giao Sở Tài chính phối hợp thẩm định', 'Đề nghị Văn phòng UBND tỉnh tổng hợp chung'] AS proposals,
  ARRAY['Nguyễn Văn Thành', 'Lê Thị Thu Hà', 'Trần Quốc Toản', 'Phạm Minh Đức'] AS ubnd_signers,
  ARRAY['Võ Hoàng Long', 'Đỗ Thị Kim Oanh', 'Huỳnh Văn Tâm'] AS vp_signers;

-- ---------------------------------------------------------------------------------------------
\echo '== directives: plan'
CREATE TEMP TABLE b_dir0 ON COMMIT DROP AS
WITH r AS MATERIALIZED (
  SELECT g AS n,
         (current_date - 7 - floor(random() * 1089)::int) AS issue_date,  -- last three years
         floor(random() * 4)::int AS recv_lag,
         random() AS r_conf, random() AS r_kind, random() AS r_iss, random() AS r_pos, random() AS r_name,
         random() AS r_topic, random() AS r_tpl, random() AS r_unit, random() AS r_ret, random() AS r_instr,
         random() AS r_dept, random() AS r_hour, random() AS r_w
    FROM generate_series(1, :directives) g
), k AS MATERIALIZED (
  SELECT r.*,
         CASE WHEN r_conf < 0.006 THEN 'MAT' WHEN r_conf < 0.009 THEN 'TOI_MAT' WHEN r_conf < 0.010 THEN 'TUYET_MAT'
              ELSE 'NORMAL' END AS confidentiality,
         l.kinds[1 + floor(r_kind * cardinality(l.kinds))::int] AS kind,
         l.topics[1 + floor(r_topic * cardinality(l.topics))::int] AS topic,
         1 + floor(r_topic * cardinality(l.topics))::int AS topic_n,
         -- lead units weighted: CNTT and BCVT get most of the work
         CASE WHEN r_unit < 0.12 THEN 1 WHEN r_unit < 0.22 THEN 2 WHEN r_unit < 0.40 THEN 3 WHEN r_unit < 0.65 THEN 4
              WHEN r_unit < 0.80 THEN 5 WHEN r_unit < 0.88 THEN 6 ELSE 7 END AS lead_n
    FROM r CROSS JOIN b_list l
), i AS MATERIALIZED (
  SELECT k.*,
         CASE WHEN kind IN ('THONG_BAO_HOI_NGHI', 'THONG_BAO_CUOC_HOP', 'THONG_BAO_LAM_VIEC', 'THONG_BAO_TIEP_DAN',
                            'PHIEU_CHUYEN') THEN 'VAN_PHONG_UBND_TINH'
              WHEN kind IN ('CHI_THI', 'CONG_DIEN') THEN 'CHU_TICH_UBND_TINH'
              WHEN kind = 'CONG_VAN' AND r_iss < 0.2 THEN 'VAN_PHONG_UBND_TINH'
              ELSE 'UBND_TINH' END AS issuer
    FROM k
), c AS MATERIALIZED (
  SELECT i.*,
         CASE kind
           WHEN 'CONG_VAN' THEN CASE issuer WHEN 'UBND_TINH' THEN 'UBND-' ELSE 'VP-' END
                                || l.depts[1 + floor(r_dept * cardinality(l.depts))::int]
           WHEN 'QUYET_DINH' THEN 'QĐ-UBND' WHEN 'CHI_THI' THEN 'CT-UBND' WHEN 'KE_HOACH' THEN 'KH-UBND'
           WHEN 'CHUONG_TRINH' THEN 'CTr-UBND' WHEN 'HUONG_DAN' THEN 'HD-UBND' WHEN 'DE_AN' THEN 'ĐA-UBND'
           WHEN 'QUY_CHE' THEN 'QC-UBND' WHEN 'QUY_DINH' THEN 'QyĐ-UBND' WHEN 'CONG_DIEN' THEN 'CĐ-UBND'
           WHEN 'PHIEU_CHUYEN' THEN 'PC-VP' WHEN 'KHAC' THEN 'UBND-TH'
           ELSE 'TB-VP' END AS symbol,
         format(CASE kind
           WHEN 'CONG_VAN' THEN l.cv_templates[1 + floor(r_tpl * cardinality(l.cv_templates))::int]
           WHEN 'QUYET_DINH' THEN (ARRAY['Quyết định ban hành kế hoạch %s', 'Quyết định phê duyệt đề án %s',
                                         'Quyết định thành lập Ban Chỉ đạo %s'])[1 + floor(r_tpl * 3)::int]
           WHEN 'KE_HOACH' THEN (ARRAY['Kế hoạch thực hiện %s năm %s', 'Kế hoạch triển khai %s giai đoạn 2026–2030'])
                                [1 + floor(r_tpl * 2)::int]
           WHEN 'CHI_THI' THEN 'Chỉ thị về tăng cường %s'
           WHEN 'CHUONG_TRINH' THEN 'Chương trình hành động về %s'
           WHEN 'HUONG_DAN' THEN 'Hướng dẫn thực hiện %s'
           WHEN 'DE_AN' THEN 'Đề án %s'
           WHEN 'QUY_CHE' THEN 'Quy chế phối hợp trong %s'
           WHEN 'QUY_DINH' THEN 'Quy định về %s'
           WHEN 'CONG_DIEN' THEN 'Công điện về việc khẩn trương triển khai %s'
           WHEN 'PHIEU_CHUYEN' THEN 'Phiếu chuyển đơn kiến nghị liên quan đến %s'
           WHEN 'THONG_BAO_HOI_NGHI' THEN 'Thông báo kết luận của Chủ tịch UBND tỉnh tại hội nghị về %s'
           WHEN 'THONG_BAO_CUOC_HOP' THEN 'Thông báo kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về %s'
           WHEN 'THONG_BAO_LAM_VIEC' THEN 'Thông báo kết luận buổi làm việc với Sở Thông tin và Truyền thông về %s'
           WHEN 'THONG_BAO_TIEP_DAN' THEN 'Thông báo kết quả tiếp công dân liên quan đến %s'
           ELSE 'Về việc %s' END, topic, extract(year FROM issue_date)) AS summary,
         CASE WHEN issuer = 'VAN_PHONG_UBND_TINH'
              THEN CASE WHEN r_pos < 0.4 THEN 'CHANH_VAN_PHONG' ELSE 'PHO_CHANH_VAN_PHONG' END
              ELSE CASE WHEN r_pos < 0.25 THEN 'CHU_TICH' ELSE 'PHO_CHU_TICH' END END AS signer_position
    FROM i CROSS JOIN b_list l
)
SELECT c.n, c.confidentiality, c.topic, c.topic_n, c.lead_n, c.r_hour, c.r_instr, c.r_w,
       (c.issue_date + c.recv_lag) AS received_date,
       c.r_ret < 0.015 AND c.confidentiality = 'NORMAL' AS returned,
       CASE WHEN c.confidentiality = 'NORMAL' THEN c.kind END AS kind,
       CASE WHEN c.confidentiality = 'NORMAL' THEN c.issuer END AS issuer,
       CASE WHEN c.confidentiality = 'NORMAL' THEN c.issue_date END AS issue_date,
       CASE WHEN c.confidentiality = 'NORMAL' THEN c.summary END AS summary,
       CASE WHEN c.confidentiality = 'NORMAL' THEN c.signer_position END AS signer_position,
       CASE WHEN c.confidentiality = 'NORMAL' THEN
         CASE c.signer_position
           WHEN 'CHU_TICH' THEN l.ubnd_signers[1]
           WHEN 'PHO_CHU_TICH' THEN l.ubnd_signers[2 + floor(c.r_name * 3)::int]
           WHEN 'CHANH_VAN_PHONG' THEN l.vp_signers[1]
           ELSE l.vp_signers[2 + floor(c.r_name * 2)::int] END END AS signer,
       -- number unique per (issuer, year): a running number in order of issue, from 10001 so that it
       -- never meets a number of the demo directives
       CASE WHEN c.confidentiality = 'NORMAL' THEN
         (10000 + row_number() OVER (PARTITION BY c.confidentiality = 'NORMAL', c.issuer, extract(year FROM c.issue_date)
                             ORDER BY c.issue_date, c.n)) || '/' || c.symbol END AS number_symbol
  FROM c CROSS JOIN b_list l;

\echo '== directives: ids, register codes, tasks per directive'
-- Register codes follow the order of receipt, as the office would have entered them. Each
-- directive that is neither confidential nor returned gets one task plus a share of the rest,
-- drawn with skewed weights so that some directives carry many tasks; the total is exact.
CREATE TEMP TABLE b_dir ON COMMIT DROP AS
WITH s AS (
  SELECT * FROM b_dir0 ORDER BY received_date, n
), ids AS (
  SELECT s.*, nextval('directive_id_seq') AS id, nextval('directive_register_seq') AS reg FROM s
), w AS (
  SELECT ids.*,
         CASE WHEN confidentiality = 'NORMAL' AND NOT returned THEN 1 ELSE 0 END AS base,
         CASE WHEN confidentiality = 'NORMAL' AND NOT returned
              THEN floor(1000 * power(r_w, 3))::bigint + 1 ELSE 0 END AS w
    FROM ids
), cum AS (
  SELECT w.*, sum(w) OVER (ORDER BY id) AS cum_w, sum(w) OVER () AS tot_w, sum(base) OVER () AS tot_base FROM w
)
SELECT cum.*,
       'VB-' || extract(year FROM received_date) || '-' || lpad(reg::text, 6, '0') AS register_code,
       (received_date + interval '8 hours' + r_hour * interval '9 hours')::timestamptz AS created_at,
       (base + CASE WHEN tot_w = 0 THEN 0 ELSE
         floor(greatest(:tasks - tot_base, 0)::numeric * cum_w / tot_w)
         - floor(greatest(:tasks - tot_base, 0)::numeric * (cum_w - w) / tot_w) END)::int AS n_tasks
  FROM cum;

\echo '== directives: insert (search_text trigger on)'
INSERT INTO directive (id, register_code, confidentiality, kind, number_symbol, summary, issue_date, signer,
                       signer_position, issuer, received_date, lead_unit_id, status, return_reason, returned_at,
                       returned_by, instruction, instruction_by, instruction_at, created_at, created_by)
SELECT d.id, d.register_code, d.confidentiality, d.kind, d.number_symbol, d.summary, d.issue_date, d.signer,
       d.signer_position, d.issuer, d.received_date, u.id,
       CASE WHEN d.returned THEN 'RETURNED' ELSE 'OPEN' END,
       CASE WHEN d.returned THEN 'Nội dung không thuộc chức năng, nhiệm vụ của Sở; đề nghị chuyển Sở Nội vụ xử lý theo thẩm quyền' END,
       CASE WHEN d.returned THEN d.created_at + interval '1 day' END,
       CASE WHEN d.returned THEN vp.staff_name END,
       CASE WHEN d.confidentiality = 'NORMAL' AND NOT d.returned AND d.r_instr < 0.6
            THEN 'Giao ' || u.name || ' chủ trì, phối hợp với các đơn vị liên quan tham mưu thực hiện; báo cáo kết quả đúng thời hạn.' END,
       CASE WHEN d.confidentiality = 'NORMAL' AND NOT d.returned AND d.r_instr < 0.6 THEN ld.full_name END,
       CASE WHEN d.confidentiality = 'NORMAL' AND NOT d.returned AND d.r_instr < 0.6
            THEN d.created_at + interval '2 hours' END,
       d.created_at, 'bench'
  FROM b_dir d
  JOIN b_unit u ON u.n = d.lead_n
  JOIN b_unit vp ON vp.n = 1
  JOIN b_leader ld ON ld.n = 1 + (d.id % 2)
 ORDER BY d.id;

-- ---------------------------------------------------------------------------------------------
\echo '== tasks: plan'
-- Status follows the dates: most tasks whose deadline has passed are done (a fifth of them late),
-- the rest are overdue; tasks due later are mostly open. Nothing happens in the future: directives
-- were received at least four days ago and every timestamp below stays before now().
CREATE TEMP TABLE b_task0 ON COMMIT DROP AS
WITH r AS MATERIALIZED (
  SELECT d.id AS directive_id, d.received_date, d.created_at AS d_created_at, d.topic, d.lead_n AS d_lead_n, s.seq,
         random() AS r_lead, random() AS r_dl, random() AS r_ext, random() AS r_ret, random() AS r_done,
         random() AS r_open, random() AS r_late, random() AS r_cat, random() AS r_tpl, random() AS r_rep,
         random() AS r_mean, random() AS r_ass, random() AS r_h1, random() AS r_h2, random() AS r_urge,
         random() AS r_parts, random() AS r_step, random() AS r_notice
    FROM b_dir d CROSS JOIN LATERAL generate_series(1, d.n_tasks::int) AS s(seq)
   ORDER BY d.id, s.seq
), a AS MATERIALIZED (
  SELECT r.*,
         CASE WHEN r_lead < 0.8 THEN d_lead_n ELSE 1 + floor((r_lead - 0.8) / 0.2 * 7)::int END AS lead_n,
         r_dl < 0.88 AS has_deadline,
         CASE WHEN r_dl < 0.88 THEN received_date + 7 + floor(r_dl / 0.88 * 84)::int END AS deadline
    FROM r
), b AS MATERIALIZED (
  SELECT a.*,
         CASE WHEN r_ret < 0.02 THEN 'RETURNED'
              WHEN r_done < CASE WHEN deadline < current_date THEN 0.92
                                 WHEN deadline IS NOT NULL THEN 0.25
                                 WHEN received_date < current_date - 180 THEN 0.85
                                 ELSE 0.40 END THEN 'DONE'
              WHEN r_open < 0.65 THEN 'IN_PROGRESS'
              ELSE 'NOT_STARTED' END AS status,
         CASE WHEN has_deadline AND r_ext < 0.10
              THEN greatest(received_date + 3, deadline - 7 - floor(r_ext / 0.10 * 24)::int)
              ELSE deadline END AS original_deadline
    FROM a
)
SELECT b.*,
       CASE WHEN status <> 'DONE' THEN NULL
            WHEN deadline < current_date THEN
              CASE WHEN r_late < 0.2 THEN least(current_date - 1, deadline + 1 + floor(r_late / 0.2 * 30)::int)
                   ELSE received_date + 3 + floor((r_late - 0.2) / 0.8 * (deadline - received_date - 2))::int END
            WHEN deadline IS NOT NULL THEN
              received_date + 3 + floor(r_late * (least(deadline, current_date - 1) - received_date - 2))::int
            ELSE least(current_date - 1, received_date + 3 + floor(r_late * 120)::int) END AS completed_on,
       CASE WHEN status IN ('NOT_STARTED', 'IN_PROGRESS') AND deadline < current_date THEN floor(r_urge * 5)::int
            WHEN status = 'DONE' AND r_late < 0.2 AND deadline < current_date THEN floor(r_urge * 3)::int
            ELSE 0 END AS urge_count,
       CASE WHEN r_parts < 0.15 THEN 1 WHEN r_parts < 0.22 THEN 2 ELSE 0 END AS n_parts,
       1 + floor(r_step * 3)::int AS step
  FROM b;

\echo '== tasks: ids and timestamps'
CREATE TEMP TABLE b_task ON COMMIT DROP AS
WITH ids AS (
  SELECT t.*, nextval('task_id_seq') AS id
    FROM (SELECT * FROM b_task0 ORDER BY directive_id, seq) t
)
SELECT ids.*,
       d_created_at + seq * interval '1 minute' AS created_at,
       d_created_at + seq * interval '1 minute' + r_h1 * interval '24 hours' AS forwarded_at,
       CASE WHEN status IN ('IN_PROGRESS', 'DONE')
            THEN d_created_at + seq * interval '1 minute' + (r_h1 + r_h2) * interval '24 hours' END AS accepted_at,
       CASE WHEN status = 'RETURNED'
            THEN d_created_at + seq * interval '1 minute' + (r_h1 + r_h2) * interval '24 hours' END AS return_requested_at,
       -- the urges fall every three days after the deadline, never after completion or today
       CASE WHEN urge_count > 0
            THEN least(deadline + 3 * urge_count, coalesce(completed_on, current_date - 1)) + interval '9 hours'
                 + urge_count * interval '1 minute' END AS last_urged_at
  FROM ids;
CREATE INDEX ON b_task (id);
ANALYZE b_task;

\echo '== tasks: insert (search_text trigger on: one directive lookup per row)'
INSERT INTO task (id, directive_id, seq, content, must_report, deadline_meaning, original_deadline, deadline, category,
                  lead_unit_id, monitor_unit_id, monitor_user_id, assignee_id, status, forwarded_at, accepted_at,
                  return_request_reason, return_requested_at, return_requested_by, completed_on, result,
                  notice_number, notice_date, urge_count, last_urged_at, created_at, updated_at)
SELECT t.id, t.directive_id, t.seq,
       format(l.task_templates[1 + floor(t.r_tpl * cardinality(l.task_templates))::int], t.topic),
       t.r_rep < 0.6,
       CASE WHEN NOT t.has_deadline THEN NULL
            WHEN t.r_rep >= 0.6 THEN 'COMPLETE'
            WHEN t.r_mean < 0.6 THEN 'REPORT_UBND' ELSE 'REPORT_LEADERSHIP' END,
       t.original_deadline, t.deadline,
       CASE WHEN t.r_cat < 0.65 THEN 'GENERAL' ELSE 'SPECIALISED' END,
       u.id,
       mu.id, mu.staff_id,
       CASE WHEN t.status IN ('IN_PROGRESS', 'DONE') AND t.r_ass < 0.85 THEN u.staff_id END,
       t.status, t.forwarded_at, t.accepted_at,
       CASE WHEN t.status = 'RETURNED' THEN 'Nhiệm vụ không thuộc chức năng, nhiệm vụ của đơn vị; đề nghị giao ' ||
            (SELECT name FROM b_unit WHERE n = 1 + t.lead_n % 7) || ' chủ trì' END,
       t.return_requested_at,
       CASE WHEN t.status = 'RETURNED' THEN u.head_name END,
       t.completed_on,
       CASE WHEN t.status = 'DONE' THEN 'Đã hoàn thành; ' || u.name || ' đã báo cáo kết quả thực hiện ' || t.topic END,
       CASE WHEN t.status = 'DONE' AND t.r_rep < 0.6 AND t.r_notice < 0.5
            THEN (1 + floor(t.r_notice * 4000)::int) || '/BC-STTTT' END,
       CASE WHEN t.status = 'DONE' AND t.r_rep < 0.6 AND t.r_notice < 0.5 THEN t.completed_on END,
       t.urge_count, t.last_urged_at,
       t.created_at,
       least(now(), greatest(t.forwarded_at, t.accepted_at, t.return_requested_at, t.last_urged_at,
                             t.completed_on + interval '15 hours'))
  FROM b_task t
  JOIN b_unit u ON u.n = t.lead_n
  JOIN b_unit mu ON mu.n = CASE WHEN t.r_cat < 0.65 THEN 1 ELSE 2 END
  CROSS JOIN b_list l
 ORDER BY t.id;

-- ---------------------------------------------------------------------------------------------
\echo '== task_part, task_extension, urge'
-- Coordinating units are picked by a step of 1..3 around the seven units: never the lead unit,
-- never the same unit twice (7 is prime).
INSERT INTO task_part (task_id, unit_id, description, deadline, status, forwarded_at, completed_on, result)
SELECT t.id, u.id,
       'Phối hợp cung cấp thông tin, số liệu và ý kiến chuyên môn về ' || t.topic,
       CASE WHEN t.deadline IS NOT NULL THEN greatest(t.received_date + 3, t.deadline - 5) END,
       ps.status,
       t.forwarded_at,
       CASE ps.status WHEN 'DONE' THEN
         CASE WHEN t.status = 'DONE' THEN greatest(t.accepted_at::date + 1, t.completed_on - k)
              ELSE least(current_date - 1, t.accepted_at::date + 5) END END,
       CASE ps.status WHEN 'DONE' THEN u.name || ' đã gửi ý kiến phối hợp' END
  FROM b_task t
  CROSS JOIN LATERAL generate_series(1, t.n_parts) AS k
  JOIN b_unit u ON u.n = 1 + (t.lead_n - 1 + k * t.step) % 7
  CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'DONE' THEN 'DONE'
                                  WHEN t.status = 'IN_PROGRESS' THEN
                                    (ARRAY['NOT_STARTED', 'IN_PROGRESS', 'DONE'])[1 + (t.id + k)::int % 3]
                                  ELSE 'NOT_STARTED' END AS status) ps
 ORDER BY t.id, k;

CREATE TEMP TABLE b_part ON COMMIT DROP AS
SELECT p.id, p.task_id, p.unit_id, row_number() OVER (PARTITION BY p.task_id ORDER BY p.id) AS k
  FROM task_part p JOIN b_task t ON t.id = p.task_id;
CREATE INDEX ON b_part (task_id, k);
ANALYZE b_part;

-- An approved extension for every task whose deadline moved.
INSERT INTO task_extension (task_id, previous_deadline, requested_deadline, reason, requested_by, requested_at,
                            status, decided_by, decided_at, decision_note)
SELECT t.id, t.original_deadline, t.deadline,
       (l.delay_reasons)[1 + (t.id % cardinality(l.delay_reasons))::int],
       u.head_name, e.requested_at, 'APPROVED', ld.full_name, e.requested_at + interval '1 day', 'Đồng ý gia hạn'
  FROM b_task t
  JOIN b_unit u ON u.n = t.lead_n
  JOIN b_leader ld ON ld.n = 1 + t.id % 2
  CROSS JOIN b_list l
  CROSS JOIN LATERAL (SELECT least(now() - interval '2 days',
                                   greatest(coalesce(t.accepted_at, t.forwarded_at) + interval '1 hour',
                                            t.original_deadline - 3 + interval '9 hours')) AS requested_at) e
 WHERE t.deadline <> t.original_deadline
 ORDER BY t.id;

-- One urge row for each count on the task; the last one is the task's last_urged_at.
INSERT INTO urge (task_id, channel, weight, urged_by, target_unit_id, target_person, note, urged_at, automatic)
SELECT t.id,
       CASE WHEN k = 1 THEN 'SYSTEM' ELSE (ARRAY['PHONE', 'EMAIL', 'MEETING', 'REPORT'])[1 + (t.id + k)::int % 4] END,
       CASE WHEN k >= 4 THEN 'ACCOUNT' WHEN k >= 3 THEN 'REPRIMAND' ELSE 'REMINDER' END,
       CASE WHEN k = 1 THEN 'Hệ thống' ELSE vp.staff_name END,
       u.id, u.head_name,
       'Đôn đốc lần ' || k || ': đề nghị khẩn trương hoàn thành nhiệm vụ quá hạn',
       least(t.deadline + 3 * k, coalesce(t.completed_on, current_date - 1)) + interval '9 hours' + k * interval '1 minute',
       k = 1
  FROM b_task t
  CROSS JOIN LATERAL generate_series(1, t.urge_count) AS k
  JOIN b_unit u ON u.n = t.lead_n
  JOIN b_unit vp ON vp.n = 1
 ORDER BY t.id, k;

-- ---------------------------------------------------------------------------------------------
\echo '== progress updates and audit rows: how many per task'
-- Done tasks have a completion report; the rest of the updates go to started tasks in proportion
-- to a random weight times the square root of how long they have been running. Audit rows: one
-- per directive (plus instruction / return), one per task, one for acceptance or return request,
-- one for completion, and the rest spread with the same weights. Both totals are exact.
CREATE TEMP TABLE b_cnt ON COMMIT DROP AS
WITH w AS (
  SELECT id, status,
         CASE WHEN status = 'DONE' THEN 1 ELSE 0 END AS base_u,
         1 + CASE WHEN status IN ('IN_PROGRESS', 'DONE', 'RETURNED') THEN 1 ELSE 0 END
           + CASE WHEN status = 'DONE' THEN 1 ELSE 0 END AS base_a,
         CASE WHEN status IN ('IN_PROGRESS', 'DONE')
              THEN (1 + floor(random() * 100)::bigint)
                   * (1 + floor(sqrt(greatest(coalesce(completed_on, current_date) - accepted_at::date, 0)))::bigint)
              ELSE 0 END AS w
    FROM b_task
), c AS (
  SELECT w.*, sum(w) OVER (ORDER BY id) AS cum_w, sum(w) OVER () AS tot_w,
         sum(base_u) OVER () AS tot_u, sum(base_a) OVER () AS tot_a
    FROM w
), x AS (
  SELECT c.*,
         greatest(:updates - tot_u, 0)::numeric AS extra_u,
         greatest(:audits - tot_a
                  - (SELECT count(*) + count(*) FILTER (WHERE returned) + count(*) FILTER (WHERE r_instr < 0.6
                            AND confidentiality = 'NORMAL' AND NOT returned) FROM b_dir), 0)::numeric AS extra_a
    FROM c
)
SELECT id,
       (base_u + CASE WHEN tot_w = 0 THEN 0 ELSE floor(extra_u * cum_w / tot_w) - floor(extra_u * (cum_w - w) / tot_w) END)::int
         AS n_upd,
       (base_a + CASE WHEN tot_w = 0 THEN 0 ELSE floor(extra_a * cum_w / tot_w) - floor(extra_a * (cum_w - w) / tot_w) END)::int
         AS n_aud
  FROM x;
CREATE INDEX ON b_cnt (id);
ANALYZE b_cnt;

\echo '== task_update'
-- Updates are spread evenly from acceptance to completion (or to now for open tasks). Every
-- fourth update of a task with coordinating units comes from one of them.
INSERT INTO task_update (task_id, part_id, kind, progress, proposal, delay_reason, author_id, author_name, unit_id,
                         created_at)
SELECT t.id, p.id,
       CASE WHEN i = c.n_upd AND t.status = 'DONE' THEN 'COMPLETION' WHEN p.id IS NOT NULL THEN 'PART' ELSE 'PROGRESS' END,
       CASE WHEN i = c.n_upd AND t.status = 'DONE' THEN 'Đã hoàn thành nhiệm vụ; ' || t.topic || ' đã được báo cáo đầy đủ'
            ELSE 'Đã thực hiện khoảng ' || (100 * i / (c.n_upd + 1)) || '% khối lượng; '
                 || l.progress_phrases[1 + ((t.id + i) % cardinality(l.progress_phrases))::int] END,
       CASE WHEN random() < 0.08 THEN l.proposals[1 + ((t.id + i) % cardinality(l.proposals))::int] END,
       CASE WHEN ts.at::date > t.deadline AND t.status <> 'DONE' AND random() < 0.5
            THEN l.delay_reasons[1 + ((t.id * 7 + i) % cardinality(l.delay_reasons))::int] END,
       coalesce(pu.staff_id, CASE WHEN i = c.n_upd THEN u.head_id ELSE u.staff_id END),
       coalesce(pu.staff_name, CASE WHEN i = c.n_upd THEN u.head_name ELSE u.staff_name END),
       coalesce(pu.id, u.id),
       ts.at
  FROM b_task t
  JOIN b_cnt c ON c.id = t.id
  CROSS JOIN LATERAL generate_series(1, c.n_upd::int) AS i
  CROSS JOIN LATERAL (
    SELECT t.accepted_at + ((CASE WHEN t.status = 'DONE' THEN t.completed_on + interval '15 hours'
                                  ELSE greatest(t.accepted_at, now() - interval '1 hour' - (t.id % 30) * interval '1 day') END) - t.accepted_at) * (i::float8 / c.n_upd) AS at) ts
  JOIN b_unit u ON u.n = t.lead_n
  LEFT JOIN b_part p ON p.task_id = t.id AND t.n_parts > 0 AND i % 4 = 0 AND i < c.n_upd
                    AND p.k = 1 + (i / 4) % t.n_parts
  LEFT JOIN b_unit pu ON pu.id = p.unit_id
  CROSS JOIN b_list l
 WHERE c.n_upd > 0
 ORDER BY t.id, i;

\echo '== audit_event'
INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, summary, before_state, after_state, ip)
SELECT d.created_at, vp.staff_username, 'DIRECTIVE_CREATED', 'DIRECTIVE', d.id,
       'Vào sổ văn bản ' || coalesce(d.number_symbol, d.register_code), NULL,
       jsonb_strip_nulls(jsonb_build_object('registerCode', d.register_code, 'confidentiality', d.confidentiality,
         'kind', d.kind, 'numberSymbol', d.number_symbol, 'issueDate', d.issue_date, 'issuer', d.issuer,
         'leadUnitId', CASE WHEN d.confidentiality <> 'NORMAL' THEN vpd.id END,
         'receivedDate', d.received_date, 'status', 'OPEN')),
       '10.20.1.' || (1 + d.id % 250)
  FROM b_dir d JOIN b_unit vp ON vp.n = 1 JOIN b_unit vpd ON vpd.n = d.lead_n
UNION ALL
SELECT d.created_at + interval '2 hours', ld.username, 'DIRECTIVE_INSTRUCTED', 'DIRECTIVE', d.id,
       'Ý kiến chỉ đạo đối với văn bản ' || d.number_symbol,
       jsonb_build_object('instruction', NULL), jsonb_build_object('instruction', 'Giao ' || u.name || ' chủ trì'),
       '10.20.0.' || ld.n
  FROM b_dir d JOIN b_unit u ON u.n = d.lead_n JOIN b_leader ld ON ld.n = 1 + d.id % 2
 WHERE d.confidentiality = 'NORMAL' AND NOT d.returned AND d.r_instr < 0.6
UNION ALL
SELECT d.created_at + interval '1 day', vp.staff_username, 'DIRECTIVE_RETURNED', 'DIRECTIVE', d.id,
       'Trả lại văn bản ' || d.number_symbol,
       jsonb_build_object('status', 'OPEN'), jsonb_build_object('status', 'RETURNED'),
       '10.20.1.' || (1 + d.id % 250)
  FROM b_dir d JOIN b_unit vp ON vp.n = 1
 WHERE d.returned;

INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, summary, before_state, after_state, ip)
SELECT e.at, e.actor, e.action, 'TASK', t.id,
       CASE e.action
         WHEN 'TASK_CREATED' THEN 'Giao nhiệm vụ ' || t.seq || ' cho ' || u.code
         WHEN 'TASK_ACCEPTED' THEN 'Tiếp nhận nhiệm vụ ' || t.seq
         WHEN 'TASK_RETURN_REQUESTED' THEN 'Đề nghị trả lại nhiệm vụ ' || t.seq
         WHEN 'TASK_COMPLETED' THEN 'Hoàn thành nhiệm vụ ' || t.seq
         ELSE 'Cập nhật tiến độ nhiệm vụ ' || t.seq END,
       CASE e.action
         WHEN 'TASK_CREATED' THEN NULL
         WHEN 'TASK_ACCEPTED' THEN jsonb_build_object('status', 'NOT_STARTED')
         WHEN 'TASK_RETURN_REQUESTED' THEN jsonb_build_object('status', 'NOT_STARTED')
         ELSE jsonb_build_object('status', 'IN_PROGRESS') END,
       CASE e.action
         WHEN 'TASK_CREATED' THEN jsonb_build_object('seq', t.seq, 'leadUnitId', u.id, 'deadline', t.original_deadline,
                                                     'status', 'NOT_STARTED')
         WHEN 'TASK_ACCEPTED' THEN jsonb_build_object('status', 'IN_PROGRESS')
         WHEN 'TASK_RETURN_REQUESTED' THEN jsonb_build_object('status', 'RETURNED')
         WHEN 'TASK_COMPLETED' THEN jsonb_build_object('status', 'DONE', 'completedOn', t.completed_on)
         ELSE jsonb_build_object('status', 'IN_PROGRESS', 'report', i - 2) END,
       '10.30.' || t.lead_n || '.' || (1 + t.id % 250)
  FROM b_task t
  JOIN b_cnt c ON c.id = t.id
  JOIN b_unit u ON u.n = t.lead_n
  JOIN b_unit vp ON vp.n = 1
  CROSS JOIN LATERAL generate_series(1, c.n_aud::int) AS i
  CROSS JOIN LATERAL (
    SELECT CASE WHEN i = 1 THEN 'TASK_CREATED'
                WHEN i = 2 AND t.status = 'RETURNED' THEN 'TASK_RETURN_REQUESTED'
                WHEN i = 2 THEN 'TASK_ACCEPTED'
                WHEN i = c.n_aud AND t.status = 'DONE' THEN 'TASK_COMPLETED'
                ELSE 'TASK_PROGRESS_REPORTED' END AS action,
           CASE WHEN i = 1 THEN vp.staff_username WHEN i = 2 OR i = c.n_aud THEN u.head_username
                ELSE u.staff_username END AS actor,
           CASE WHEN i = 1 THEN t.created_at
                WHEN i = 2 THEN coalesce(t.accepted_at, t.return_requested_at)
                ELSE t.accepted_at + ((CASE WHEN t.status = 'DONE' THEN t.completed_on + interval '15 hours'
                                            ELSE greatest(t.accepted_at, now() - interval '1 hour' - (t.id % 30) * interval '1 day') END) - t.accepted_at)
                                     * ((i - 2)::float8 / (c.n_aud - 2)) END AS at) e
 ORDER BY t.id, i;

COMMIT;
\timing off

-- ---------------------------------------------------------------------------------------------
\echo '== VACUUM ANALYZE (statistics and visibility map for the benchmark)'
\timing on
VACUUM (ANALYZE) directive, task, task_part, task_extension, urge, task_update, audit_event;
\timing off

SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz))::int AS seconds \gset
\echo
\echo 'Generated in' :seconds 's. Rows now in the database:'
SELECT 'directive' AS "table", count(*) AS "rows" FROM directive
UNION ALL SELECT 'task', count(*) FROM task
UNION ALL SELECT 'task_part', count(*) FROM task_part
UNION ALL SELECT 'task_extension', count(*) FROM task_extension
UNION ALL SELECT 'urge', count(*) FROM urge
UNION ALL SELECT 'task_update', count(*) FROM task_update
UNION ALL SELECT 'audit_event', count(*) FROM audit_event;

\echo 'Tasks by status and timeliness:'
SELECT status,
       CASE WHEN status = 'RETURNED' THEN 'NOT_MEASURED'
            WHEN status = 'DONE' THEN CASE WHEN deadline IS NULL OR completed_on <= deadline THEN 'ON_TIME' ELSE 'LATE' END
            WHEN deadline IS NULL THEN 'NO_DEADLINE'
            WHEN current_date > deadline THEN 'OVERDUE' ELSE 'WITHIN' END AS timeliness,
       count(*)
  FROM task GROUP BY 1, 2 ORDER BY 1, 2;
