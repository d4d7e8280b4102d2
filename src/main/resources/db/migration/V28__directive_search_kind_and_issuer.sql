-- Free text finds what people type (issue 30): the directive's kind, in words and as its usual
-- abbreviation ("Quyết định", "QĐ"), and its issuing body are part of the search text of the
-- directive and of each of its tasks, beside the number, the summary and the task's content.
CREATE FUNCTION dondoc_kind_words(kind text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE kind
    WHEN 'QUYET_DINH' THEN 'Quyết định QĐ'
    WHEN 'CHI_THI' THEN 'Chỉ thị CT'
    WHEN 'QUY_CHE' THEN 'Quy chế QC'
    WHEN 'QUY_DINH' THEN 'Quy định QĐ'
    WHEN 'CHUONG_TRINH' THEN 'Chương trình CTr'
    WHEN 'KE_HOACH' THEN 'Kế hoạch KH'
    WHEN 'HUONG_DAN' THEN 'Hướng dẫn HD'
    WHEN 'DE_AN' THEN 'Đề án ĐA'
    WHEN 'CONG_VAN' THEN 'Công văn CV'
    WHEN 'CONG_DIEN' THEN 'Công điện CĐ'
    WHEN 'PHIEU_CHUYEN' THEN 'Phiếu chuyển PC'
    WHEN 'THONG_BAO_HOI_NGHI' THEN 'Thông báo kết luận hội nghị TB'
    WHEN 'THONG_BAO_CUOC_HOP' THEN 'Thông báo kết luận cuộc họp TB'
    WHEN 'THONG_BAO_LAM_VIEC' THEN 'Thông báo kết luận buổi làm việc TB'
    WHEN 'THONG_BAO_TIEP_DAN' THEN 'Thông báo kết luận tiếp công dân TB'
    WHEN 'KHAC' THEN 'Văn bản khác'
  END
$$;

CREATE FUNCTION dondoc_issuer_words(issuer text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE issuer
    WHEN 'UBND_TINH' THEN 'UBND tỉnh Ủy ban nhân dân tỉnh'
    WHEN 'CHU_TICH_UBND_TINH' THEN 'Chủ tịch UBND tỉnh Ủy ban nhân dân tỉnh'
    WHEN 'VAN_PHONG_UBND_TINH' THEN 'Văn phòng UBND tỉnh Ủy ban nhân dân tỉnh VP'
  END
$$;

CREATE OR REPLACE FUNCTION directive_search_text() RETURNS trigger AS $$
BEGIN
  NEW.search_text := dondoc_fold(concat_ws(' ', NEW.number_symbol, NEW.summary, NEW.signer, NEW.register_code,
    dondoc_kind_words(NEW.kind), dondoc_issuer_words(NEW.issuer)));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER directive_search_text ON directive;
CREATE TRIGGER directive_search_text BEFORE INSERT OR UPDATE OF number_symbol, summary, signer, kind, issuer
  ON directive FOR EACH ROW EXECUTE FUNCTION directive_search_text();

CREATE OR REPLACE FUNCTION task_search_text() RETURNS trigger AS $$
BEGIN
  NEW.search_text := dondoc_fold(concat_ws(' ', NEW.content,
    (SELECT concat_ws(' ', d.number_symbol, d.summary, dondoc_kind_words(d.kind), dondoc_issuer_words(d.issuer))
     FROM directive d WHERE d.id = NEW.directive_id)));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER directive_refresh_task_search ON directive;
CREATE TRIGGER directive_refresh_task_search AFTER UPDATE OF number_symbol, summary, kind, issuer ON directive
  FOR EACH ROW
  WHEN (OLD.number_symbol IS DISTINCT FROM NEW.number_symbol OR OLD.summary IS DISTINCT FROM NEW.summary
        OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.issuer IS DISTINCT FROM NEW.issuer)
  EXECUTE FUNCTION directive_refresh_task_search();

-- What is there already gets the new words.
UPDATE directive SET summary = summary;
UPDATE task SET content = content;
