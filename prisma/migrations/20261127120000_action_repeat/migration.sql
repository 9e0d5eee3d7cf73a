-- AlterTable
ALTER TABLE "SandboxAction" ADD COLUMN     "repeat" INTEGER NOT NULL DEFAULT 1;
