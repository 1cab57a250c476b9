import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * fuzzystrmatch, whose levenshtein_less_equal finds a query word's typo candidates in each
 * index's word list (word-list.ts). Soft-failing like the stock provider's extensions: on a
 * managed database where the app role may not create it, ask for it to be enabled; until
 * then typo-tolerant queries fail with Postgres's "function does not exist".
 */
export class Migration20261201120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'search-postgres: could not enable fuzzystrmatch (%).', SQLERRM;
      END
      $$;
    `)
  }

  async down(): Promise<void> {}
}
