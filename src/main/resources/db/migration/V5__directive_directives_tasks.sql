-- unaccent() is only STABLE (its dictionary could change), so it cannot be used in an index.
-- This wrapper names the dictionary explicitly, which makes it safe to declare IMMUTABLE.
CREATE FUNCTION dondoc_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

CREATE SEQUENCE directive_register_seq;

-- A directive (văn bản chỉ đạo, SPEC §2). For mật / tối mật / tuyệt mật entries only a placeholder
-- is kept (SPEC §4): the check constraint below refuses every content column for them, so that not
-- even a bug in the application could store one.
CREATE TABLE directive (
  id BIGSERIAL PRIMARY KEY,
  register_code VARCHAR(30) NOT NULL UNIQUE,
  confidentiality VARCHAR(12) NOT NULL CHECK (confidentiality IN ('NORMAL', 'MAT', 'TOI_MAT', 'TUYET_MAT')),
  kind VARCHAR(30),
  number_symbol VARCHAR(100),
  summary TEXT,
  issue_date DATE,
  signer VARCHAR(150),
  signer_position VARCHAR(30),
  issuer VARCHAR(30),
  received_date DATE NOT NULL,
  lead_unit_id BIGINT REFERENCES unit (id),
  status VARCHAR(12) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RETURNED')),
  return_reason TEXT,
  returned_at TIMESTAMPTZ,
  returned_by VARCHAR(150),
  instruction TEXT,
  instruction_by VARCHAR(150),
  instruction_at TIMESTAMPTZ,
  search_text TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  created_by VARCHAR(60) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT directive_confidential_placeholder_only CHECK (
    confidentiality = 'NORMAL'
    OR (kind IS NULL AND number_symbol IS NULL AND summary IS NULL AND issue_date IS NULL AND signer IS NULL
        AND signer_position IS NULL AND issuer IS NULL AND instruction IS NULL AND return_reason IS NULL
        AND lead_unit_id IS NOT NULL)),
  CONSTRAINT directive_normal_has_content CHECK (
    confidentiality <> 'NORMAL'
    OR (kind IS NOT NULL AND number_symbol IS NOT NULL AND summary IS NOT NULL AND issue_date IS NOT NULL
        AND issuer IS NOT NULL))
);
-- The same number and symbol from the same issuer in the same year is one document (SPEC §2).
CREATE UNIQUE INDEX directive_number_uk
  ON directive (issuer, EXTRACT(YEAR FROM issue_date), upper(number_symbol))
  WHERE number_symbol IS NOT NULL;
CREATE INDEX directive_received_idx ON directive (received_date DESC, id DESC);
CREATE INDEX directive_search_trgm ON directive USING gin (search_text gin_trgm_ops);
CREATE INDEX directive_placeholder_idx ON directive (lead_unit_id) WHERE confidentiality <> 'NORMAL';

-- The written confidential reports a placeholder is due for, and when they were sent.
CREATE TABLE confidential_report (
  id BIGSERIAL PRIMARY KEY,
  directive_id BIGINT NOT NULL REFERENCES directive (id),
  due_date DATE NOT NULL,
  sent_on DATE,
  document_number VARCHAR(100),
  UNIQUE (directive_id, due_date)
);

CREATE TABLE task (
  id BIGSERIAL PRIMARY KEY,
  directive_id BIGINT NOT NULL REFERENCES directive (id),
  seq INT NOT NULL,
  content TEXT NOT NULL,
  must_report BOOLEAN NOT NULL,
  deadline_meaning VARCHAR(20) CHECK (deadline_meaning IN ('REPORT_UBND', 'REPORT_LEADERSHIP', 'COMPLETE')),
  original_deadline DATE,
  deadline DATE,
  category VARCHAR(12) NOT NULL CHECK (category IN ('GENERAL', 'SPECIALISED')),
  lead_unit_id BIGINT NOT NULL REFERENCES unit (id),
  monitor_unit_id BIGINT REFERENCES unit (id),
  monitor_user_id BIGINT REFERENCES app_user (id),
  assignee_id BIGINT REFERENCES app_user (id),
  status VARCHAR(12) NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'RETURNED')),
  forwarded_at TIMESTAMPTZ,
  accepted_at TIMESTAMPTZ,
  return_request_reason TEXT,
  return_requested_at TIMESTAMPTZ,
  return_requested_by VARCHAR(150),
  completed_on DATE,
  result TEXT,
  notice_number VARCHAR(100),
  notice_date DATE,
  recurrence VARCHAR(12) CHECK (recurrence IN ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
  recurrence_day INT CHECK (recurrence_day BETWEEN 1 AND 31),
  recurrence_until DATE,
  urge_count INT NOT NULL DEFAULT 0,
  last_urged_at TIMESTAMPTZ,
  search_text TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT task_deadline_pair CHECK ((deadline IS NULL) = (original_deadline IS NULL)),
  CONSTRAINT task_done_has_date CHECK ((status = 'DONE') = (completed_on IS NOT NULL))
);
CREATE INDEX task_directive_idx ON task (directive_id, seq);
-- Open work is what every list and reminder reads: partial indexes keep them small.
CREATE INDEX task_open_lead_deadline_idx ON task (lead_unit_id, deadline, id)
  WHERE status IN ('NOT_STARTED', 'IN_PROGRESS');
CREATE INDEX task_open_deadline_idx ON task (deadline, id) WHERE status IN ('NOT_STARTED', 'IN_PROGRESS');
CREATE INDEX task_lead_deadline_idx ON task (lead_unit_id, deadline, id);
CREATE INDEX task_deadline_idx ON task (deadline, id);
CREATE INDEX task_assignee_idx ON task (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX task_search_trgm ON task USING gin (search_text gin_trgm_ops);

-- A coordinating unit's part of a task (phần việc phối hợp).
CREATE TABLE task_part (
  id BIGSERIAL PRIMARY KEY,
  task_id BIGINT NOT NULL REFERENCES task (id),
  unit_id BIGINT NOT NULL REFERENCES unit (id),
  description TEXT NOT NULL,
  deadline DATE,
  status VARCHAR(12) NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
  forwarded_at TIMESTAMPTZ,
  completed_on DATE,
  result TEXT,
  version BIGINT NOT NULL DEFAULT 0,
  UNIQUE (task_id, unit_id)
);
CREATE INDEX task_part_unit_idx ON task_part (unit_id, task_id);

CREATE TABLE task_extension (
  id BIGSERIAL PRIMARY KEY,
  task_id BIGINT NOT NULL REFERENCES task (id),
  previous_deadline DATE NOT NULL,
  requested_deadline DATE NOT NULL,
  reason TEXT NOT NULL,
  requested_by VARCHAR(150) NOT NULL,
  requested_at TIMESTAMPTZ NOT NULL,
  status VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
  decided_by VARCHAR(150),
  decided_at TIMESTAMPTZ,
  decision_note TEXT
);
CREATE INDEX task_extension_task_idx ON task_extension (task_id);
CREATE INDEX task_extension_pending_idx ON task_extension (requested_at) WHERE status = 'PENDING';

-- Each occurrence of a recurring task is tracked on its own (SPEC §3.8).
CREATE TABLE task_occurrence (
  id BIGSERIAL PRIMARY KEY,
  task_id BIGINT NOT NULL REFERENCES task (id),
  seq INT NOT NULL,
  due_date DATE NOT NULL,
  original_due_date DATE NOT NULL,
  completed_on DATE,
  result TEXT,
  UNIQUE (task_id, seq)
);
CREATE INDEX task_occurrence_open_idx ON task_occurrence (due_date) WHERE completed_on IS NULL;

-- Progress updates, append-only: what was reported, by whom, when (SPEC §3.5, Điều 6.1f).
CREATE TABLE task_update (
  id BIGSERIAL PRIMARY KEY,
  task_id BIGINT NOT NULL REFERENCES task (id),
  part_id BIGINT REFERENCES task_part (id),
  kind VARCHAR(12) NOT NULL CHECK (kind IN ('PROGRESS', 'COMPLETION', 'PART', 'PART_DONE', 'OCCURRENCE')),
  progress TEXT NOT NULL,
  proposal TEXT,
  delay_reason TEXT,
  author_id BIGINT REFERENCES app_user (id),
  author_name VARCHAR(150) NOT NULL,
  unit_id BIGINT REFERENCES unit (id),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX task_update_task_idx ON task_update (task_id, created_at DESC);

-- Urging (đôn đốc, SPEC §5): every act is logged; the task keeps a count for the lists.
CREATE TABLE urge (
  id BIGSERIAL PRIMARY KEY,
  task_id BIGINT NOT NULL REFERENCES task (id),
  channel VARCHAR(12) NOT NULL
    CHECK (channel IN ('SYSTEM', 'REPORT', 'MEETING', 'PHONE', 'EMAIL', 'FAX', 'OTHER')),
  weight VARCHAR(12) NOT NULL CHECK (weight IN ('REMINDER', 'REPRIMAND', 'ACCOUNT')),
  urged_by VARCHAR(150) NOT NULL,
  target_unit_id BIGINT REFERENCES unit (id),
  target_person VARCHAR(150),
  note TEXT,
  urged_at TIMESTAMPTZ NOT NULL,
  automatic BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX urge_task_idx ON urge (task_id, urged_at DESC);
CREATE INDEX urge_unit_idx ON urge (target_unit_id, urged_at);

-- Files live in the database so that one pg_dump holds everything. The type is the one found in
-- the content, not the one the file name claims.
CREATE TABLE attachment (
  id BIGSERIAL PRIMARY KEY,
  directive_id BIGINT REFERENCES directive (id),
  task_id BIGINT REFERENCES task (id),
  update_id BIGINT REFERENCES task_update (id),
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content BYTEA NOT NULL,
  uploaded_by VARCHAR(150) NOT NULL,
  uploaded_at TIMESTAMPTZ NOT NULL,
  CONSTRAINT attachment_has_owner CHECK (directive_id IS NOT NULL OR task_id IS NOT NULL)
);
CREATE INDEX attachment_directive_idx ON attachment (directive_id) WHERE directive_id IS NOT NULL;
CREATE INDEX attachment_task_idx ON attachment (task_id) WHERE task_id IS NOT NULL;

-- Search text is kept folded (lower case, no diacritics) by the database itself, so that every
-- writer — the application, an import, a bulk load — keeps it right.
CREATE FUNCTION directive_search_text() RETURNS trigger AS $$
BEGIN
  NEW.search_text := dondoc_fold(concat_ws(' ', NEW.number_symbol, NEW.summary, NEW.signer, NEW.register_code));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER directive_search_text BEFORE INSERT OR UPDATE OF number_symbol, summary, signer ON directive
  FOR EACH ROW EXECUTE FUNCTION directive_search_text();

CREATE FUNCTION task_search_text() RETURNS trigger AS $$
BEGIN
  NEW.search_text := dondoc_fold(concat_ws(' ', NEW.content,
    (SELECT concat_ws(' ', d.number_symbol, d.summary) FROM directive d WHERE d.id = NEW.directive_id)));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER task_search_text BEFORE INSERT OR UPDATE OF content ON task
  FOR EACH ROW EXECUTE FUNCTION task_search_text();

CREATE FUNCTION directive_refresh_task_search() RETURNS trigger AS $$
BEGIN
  UPDATE task SET content = content WHERE directive_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER directive_refresh_task_search AFTER UPDATE OF number_symbol, summary ON directive
  FOR EACH ROW
  WHEN (OLD.number_symbol IS DISTINCT FROM NEW.number_symbol OR OLD.summary IS DISTINCT FROM NEW.summary)
  EXECUTE FUNCTION directive_refresh_task_search();
