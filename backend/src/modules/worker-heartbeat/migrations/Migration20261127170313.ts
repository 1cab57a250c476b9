import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127170313 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "worker_heartbeat" ("id" text not null, "scheduled_for" timestamptz not null, "instance" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "worker_heartbeat_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_worker_heartbeat_scheduled_for" ON "worker_heartbeat" ("scheduled_for") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_worker_heartbeat_deleted_at" ON "worker_heartbeat" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "worker_heartbeat" cascade;`);
  }

}
