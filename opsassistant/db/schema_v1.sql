-- Ops Assistant schema version 1, frozen: the exact DDL version 1 created (in that order). Never edit
-- this file; change the schema with a new migration in migrations.py.

CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" VARCHAR(19) NOT NULL, "updated_at" VARCHAR(19) NOT NULL, "deleted_at" VARCHAR(19), "uid" VARCHAR(255), "first_name" VARCHAR(255) NOT NULL, "last_name" VARCHAR(255) NOT NULL, "display_name" VARCHAR(255) NOT NULL, "sort_name" VARCHAR(255) NOT NULL, "organisation" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "department" VARCHAR(255) NOT NULL, "birthday" DATE, "notes" TEXT NOT NULL, "favourite" INTEGER NOT NULL, "vip" INTEGER NOT NULL, "primary_phone" VARCHAR(255) NOT NULL, "primary_email" VARCHAR(255) NOT NULL);

CREATE INDEX "contact_deleted_at" ON "contact" ("deleted_at");

CREATE INDEX "contact_uid" ON "contact" ("uid");

CREATE INDEX "contact_display_name" ON "contact" ("display_name");

CREATE INDEX "contact_sort_name" ON "contact" ("sort_name");

CREATE INDEX "contact_organisation" ON "contact" ("organisation");

CREATE INDEX "contact_favourite" ON "contact" ("favourite");

CREATE INDEX "contact_vip" ON "contact" ("vip");

CREATE INDEX "contact_deleted_at_sort_name" ON "contact" ("deleted_at", "sort_name");

CREATE INDEX "contact_deleted_at_organisation_sort_name" ON "contact" ("deleted_at", "organisation", "sort_name");

CREATE TABLE "principal" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" VARCHAR(19) NOT NULL, "updated_at" VARCHAR(19) NOT NULL, "deleted_at" VARCHAR(19), "name" VARCHAR(255) NOT NULL, "role" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "colour" VARCHAR(255) NOT NULL, "home_timezone" VARCHAR(255) NOT NULL, "work_start" VARCHAR(255) NOT NULL, "work_end" VARCHAR(255) NOT NULL, "work_days" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "visible" INTEGER NOT NULL, "position" INTEGER NOT NULL);

CREATE INDEX "principal_deleted_at" ON "principal" ("deleted_at");

CREATE TABLE "call" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" VARCHAR(19) NOT NULL, "updated_at" VARCHAR(19) NOT NULL, "deleted_at" VARCHAR(19), "when_utc" VARCHAR(19) NOT NULL, "timezone" VARCHAR(255) NOT NULL, "direction" VARCHAR(255) NOT NULL, "typed_number" VARCHAR(255) NOT NULL, "e164" VARCHAR(255), "digits" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "company" VARCHAR(255) NOT NULL, "contact_id" INTEGER, "principal_id" INTEGER, "telephoned" INTEGER NOT NULL, "please_call" INTEGER NOT NULL, "will_call_again" INTEGER NOT NULL, "returned_call" INTEGER NOT NULL, "came_to_see" INTEGER NOT NULL, "urgent" INTEGER NOT NULL, "message" TEXT NOT NULL, "callback_by_utc" VARCHAR(19), "status" VARCHAR(255) NOT NULL, "done_at" VARCHAR(19), "duration_seconds" INTEGER, "follow_up_of_id" INTEGER, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("principal_id") REFERENCES "principal" ("id") ON DELETE SET NULL, FOREIGN KEY ("follow_up_of_id") REFERENCES "call" ("id") ON DELETE SET NULL);

CREATE INDEX "call_deleted_at" ON "call" ("deleted_at");

CREATE INDEX "call_when_utc" ON "call" ("when_utc");

CREATE INDEX "call_digits" ON "call" ("digits");

CREATE INDEX "call_contact_id" ON "call" ("contact_id");

CREATE INDEX "call_principal_id" ON "call" ("principal_id");

CREATE INDEX "call_follow_up_of_id" ON "call" ("follow_up_of_id");

CREATE INDEX "call_status_callback_by_utc" ON "call" ("status", "callback_by_utc");

CREATE INDEX "call_principal_id_when_utc" ON "call" ("principal_id", "when_utc");

CREATE INDEX "call_deleted_at_when_utc" ON "call" ("deleted_at", "when_utc");

CREATE INDEX "call_deleted_at_name_when_utc" ON "call" ("deleted_at", "name", "when_utc");

CREATE INDEX "call_deleted_at_direction_when_utc" ON "call" ("deleted_at", "direction", "when_utc");

CREATE INDEX "call_deleted_at_principal_id_when_utc" ON "call" ("deleted_at", "principal_id", "when_utc");

CREATE INDEX "call_deleted_at_status_callback_by_utc" ON "call" ("deleted_at", "status", "callback_by_utc");

CREATE INDEX "call_deleted_at_callback_by_utc" ON "call" ("deleted_at", "callback_by_utc");

CREATE INDEX "call_contact_id_when_utc" ON "call" ("contact_id", "when_utc");

CREATE TABLE "contact_address" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "street" VARCHAR(255) NOT NULL, "postcode" VARCHAR(255) NOT NULL, "city" VARCHAR(255) NOT NULL, "region" VARCHAR(255) NOT NULL, "country" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);

CREATE INDEX "contact_address_contact_id" ON "contact_address" ("contact_id");

CREATE TABLE "contact_email" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "address" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);

CREATE INDEX "contact_email_contact_id" ON "contact_email" ("contact_id");

CREATE INDEX "contact_email_address" ON "contact_email" ("address");

CREATE TABLE "contact_group" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL);

CREATE UNIQUE INDEX "contact_group_name" ON "contact_group" ("name");

CREATE TABLE "contact_group_member" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "group_id" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("group_id") REFERENCES "contact_group" ("id") ON DELETE CASCADE);

CREATE INDEX "contact_group_member_contact_id" ON "contact_group_member" ("contact_id");

CREATE INDEX "contact_group_member_group_id" ON "contact_group_member" ("group_id");

CREATE UNIQUE INDEX "contact_group_member_contact_id_group_id" ON "contact_group_member" ("contact_id", "group_id");

CREATE INDEX "contact_group_member_group_id_contact_id" ON "contact_group_member" ("group_id", "contact_id");

CREATE TABLE "contact_phone" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "typed" VARCHAR(255) NOT NULL, "e164" VARCHAR(255), "digits" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);

CREATE INDEX "contact_phone_contact_id" ON "contact_phone" ("contact_id");

CREATE INDEX "contact_phone_e164" ON "contact_phone" ("e164");

CREATE INDEX "contact_phone_digits" ON "contact_phone" ("digits");

CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" VARCHAR(19) NOT NULL, "updated_at" VARCHAR(19) NOT NULL, "deleted_at" VARCHAR(19), "uid" VARCHAR(255), "title" VARCHAR(255) NOT NULL, "location" VARCHAR(255) NOT NULL, "all_day" INTEGER NOT NULL, "start_utc" VARCHAR(19), "end_utc" VARCHAR(19), "start_timezone" VARCHAR(255) NOT NULL, "end_timezone" VARCHAR(255) NOT NULL, "start_date" DATE, "end_date" DATE, "category" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "reminder_minutes" INTEGER, "rrule" TEXT NOT NULL, "exdates" TEXT NOT NULL, "rdates" TEXT NOT NULL, "series_id" INTEGER, "recurrence_id" VARCHAR(255), "series_until_utc" VARCHAR(19), "notes" TEXT NOT NULL, "source" VARCHAR(255) NOT NULL, "long_span" INTEGER NOT NULL, FOREIGN KEY ("series_id") REFERENCES "event" ("id") ON DELETE CASCADE);

CREATE INDEX "event_deleted_at" ON "event" ("deleted_at");

CREATE INDEX "event_uid" ON "event" ("uid");

CREATE INDEX "event_start_utc" ON "event" ("start_utc");

CREATE INDEX "event_end_utc" ON "event" ("end_utc");

CREATE INDEX "event_start_date" ON "event" ("start_date");

CREATE TABLE "event_attendee" ("id" INTEGER NOT NULL PRIMARY KEY, "event_id" INTEGER NOT NULL, "contact_id" INTEGER, "name" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL);

CREATE INDEX "event_attendee_event_id" ON "event_attendee" ("event_id");

CREATE INDEX "event_attendee_contact_id" ON "event_attendee" ("contact_id");

CREATE TABLE "event_principal" ("id" INTEGER NOT NULL PRIMARY KEY, "event_id" INTEGER NOT NULL, "principal_id" INTEGER NOT NULL, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, FOREIGN KEY ("principal_id") REFERENCES "principal" ("id") ON DELETE CASCADE);

CREATE INDEX "event_principal_event_id" ON "event_principal" ("event_id");

CREATE INDEX "event_principal_principal_id" ON "event_principal" ("principal_id");

CREATE UNIQUE INDEX "event_principal_event_id_principal_id" ON "event_principal" ("event_id", "principal_id");

CREATE INDEX "event_principal_principal_id_event_id" ON "event_principal" ("principal_id", "event_id");

CREATE TABLE "outing" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" VARCHAR(19) NOT NULL, "updated_at" VARCHAR(19) NOT NULL, "deleted_at" VARCHAR(19), "title" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "start_utc" VARCHAR(19) NOT NULL, "end_utc" VARCHAR(19) NOT NULL, "timezone" VARCHAR(255) NOT NULL, "venue" VARCHAR(255) NOT NULL, "venue_contact_id" INTEGER, "organiser_id" INTEGER, "description" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "budget_minor" INTEGER NOT NULL, "currency" VARCHAR(255) NOT NULL, "event_id" INTEGER, FOREIGN KEY ("venue_contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("organiser_id") REFERENCES "principal" ("id") ON DELETE SET NULL, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL);

CREATE INDEX "outing_deleted_at" ON "outing" ("deleted_at");

CREATE INDEX "outing_start_utc" ON "outing" ("start_utc");

CREATE INDEX "outing_venue_contact_id" ON "outing" ("venue_contact_id");

CREATE INDEX "outing_organiser_id" ON "outing" ("organiser_id");

CREATE INDEX "outing_event_id" ON "outing" ("event_id");

CREATE TABLE "expense" ("id" INTEGER NOT NULL PRIMARY KEY, "outing_id" INTEGER NOT NULL, "date" DATE NOT NULL, "description" VARCHAR(255) NOT NULL, "category" VARCHAR(255) NOT NULL, "supplier" VARCHAR(255) NOT NULL, "amount_minor" INTEGER NOT NULL, "currency" VARCHAR(255) NOT NULL, "exchange_rate" VARCHAR(255) NOT NULL, "vat_rate" VARCHAR(255) NOT NULL, "is_refund" INTEGER NOT NULL, "paid_by" VARCHAR(255) NOT NULL, "paid_by_name" VARCHAR(255) NOT NULL, "receipt_reference" VARCHAR(255) NOT NULL, "receipt_file" VARCHAR(255) NOT NULL, FOREIGN KEY ("outing_id") REFERENCES "outing" ("id") ON DELETE CASCADE);

CREATE INDEX "expense_outing_id" ON "expense" ("outing_id");

CREATE TABLE "outing_participant" ("id" INTEGER NOT NULL PRIMARY KEY, "outing_id" INTEGER NOT NULL, "contact_id" INTEGER, "principal_id" INTEGER, "name" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "rsvp" VARCHAR(255) NOT NULL, "dietary" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("outing_id") REFERENCES "outing" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("principal_id") REFERENCES "principal" ("id") ON DELETE SET NULL);

CREATE INDEX "outing_participant_outing_id" ON "outing_participant" ("outing_id");

CREATE INDEX "outing_participant_contact_id" ON "outing_participant" ("contact_id");

CREATE INDEX "outing_participant_principal_id" ON "outing_participant" ("principal_id");

CREATE TABLE "outing_programme_item" ("id" INTEGER NOT NULL PRIMARY KEY, "outing_id" INTEGER NOT NULL, "start_utc" VARCHAR(19), "title" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("outing_id") REFERENCES "outing" ("id") ON DELETE CASCADE);

CREATE INDEX "outing_programme_item_outing_id" ON "outing_programme_item" ("outing_id");

CREATE TABLE "outing_task" ("id" INTEGER NOT NULL PRIMARY KEY, "outing_id" INTEGER NOT NULL, "title" VARCHAR(255) NOT NULL, "due_date" DATE, "done" INTEGER NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("outing_id") REFERENCES "outing" ("id") ON DELETE CASCADE);

CREATE INDEX "outing_task_outing_id" ON "outing_task" ("outing_id");

CREATE INDEX "outing_task_due_date" ON "outing_task" ("due_date");

CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);

CREATE TABLE "trip" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" VARCHAR(19) NOT NULL, "updated_at" VARCHAR(19) NOT NULL, "deleted_at" VARCHAR(19), "title" VARCHAR(255) NOT NULL, "destination" VARCHAR(255) NOT NULL, "purpose" TEXT NOT NULL, "notes" TEXT NOT NULL, "start_date" DATE, "end_date" DATE);

CREATE INDEX "trip_deleted_at" ON "trip" ("deleted_at");

CREATE INDEX "trip_start_date" ON "trip" ("start_date");

CREATE TABLE "trip_segment" ("id" INTEGER NOT NULL PRIMARY KEY, "trip_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "start_utc" VARCHAR(19) NOT NULL, "start_timezone" VARCHAR(255) NOT NULL, "end_utc" VARCHAR(19), "end_timezone" VARCHAR(255) NOT NULL, "from_place" VARCHAR(255) NOT NULL, "from_code" VARCHAR(255) NOT NULL, "to_place" VARCHAR(255) NOT NULL, "to_code" VARCHAR(255) NOT NULL, "carrier" VARCHAR(255) NOT NULL, "number" VARCHAR(255) NOT NULL, "terminal" VARCHAR(255) NOT NULL, "seat" VARCHAR(255) NOT NULL, "booking_reference" VARCHAR(255) NOT NULL, "address" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "event_id" INTEGER, "position" INTEGER NOT NULL, FOREIGN KEY ("trip_id") REFERENCES "trip" ("id") ON DELETE CASCADE, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL);

CREATE INDEX "trip_segment_trip_id" ON "trip_segment" ("trip_id");

CREATE INDEX "trip_segment_start_utc" ON "trip_segment" ("start_utc");

CREATE INDEX "trip_segment_event_id" ON "trip_segment" ("event_id");

CREATE INDEX "trip_segment_trip_id_start_utc" ON "trip_segment" ("trip_id", "start_utc");

CREATE TABLE "trip_traveller" ("id" INTEGER NOT NULL PRIMARY KEY, "trip_id" INTEGER NOT NULL, "principal_id" INTEGER NOT NULL, FOREIGN KEY ("trip_id") REFERENCES "trip" ("id") ON DELETE CASCADE, FOREIGN KEY ("principal_id") REFERENCES "principal" ("id") ON DELETE CASCADE);

CREATE INDEX "trip_traveller_trip_id" ON "trip_traveller" ("trip_id");

CREATE INDEX "trip_traveller_principal_id" ON "trip_traveller" ("principal_id");

CREATE UNIQUE INDEX "trip_traveller_trip_id_principal_id" ON "trip_traveller" ("trip_id", "principal_id");

CREATE VIRTUAL TABLE contact_fts USING fts5(name, organisation, title, emails, phones, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

CREATE INDEX contact_email_lower ON contact_email (lower(address));

CREATE INDEX contact_birthday_md ON contact (strftime('%m-%d', birthday)) WHERE birthday IS NOT NULL AND deleted_at IS NULL;

CREATE INDEX event_timed_single ON event (start_utc, end_utc) WHERE rrule = '' AND all_day = 0;

CREATE INDEX event_all_day_single ON event (start_date, end_date) WHERE rrule = '' AND all_day = 1;

CREATE INDEX event_long ON event (end_utc) WHERE long_span = 1;

CREATE INDEX event_masters ON event (series_until_utc) WHERE rrule != '';

CREATE INDEX event_series_rid ON event (series_id, recurrence_id);
