-- Issue 7 (portfolio charts, the book): summary tables kept by lib/portfolio-metrics/portfolio-summaries.ts,
-- incrementally by the ingest (addToPortfolioSummaries) and from scratch by `npm run metrics:rebuild`.

-- CreateTable
CREATE TABLE "portfolio_month_bucket" (
    "month" DATE NOT NULL,
    "region" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "bucket" TEXT NOT NULL,
    "accounts" INTEGER NOT NULL,
    "balance" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "portfolio_month_bucket_pkey" PRIMARY KEY ("product","month","region","currency","bucket")
);

-- CreateTable
CREATE TABLE "portfolio_roll" (
    "month_from" DATE NOT NULL,
    "region" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "bucket_from" TEXT NOT NULL,
    "bucket_to" TEXT NOT NULL,
    "accounts" INTEGER NOT NULL,
    "balance" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "portfolio_roll_pkey" PRIMARY KEY ("product","month_from","region","currency","bucket_from","bucket_to")
);

-- CreateTable
CREATE TABLE "portfolio_vintage" (
    "vintage" DATE NOT NULL,
    "region" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "mob" INTEGER NOT NULL,
    "accounts" INTEGER NOT NULL,
    "ever30" INTEGER NOT NULL,
    "ever90" INTEGER NOT NULL,

    CONSTRAINT "portfolio_vintage_pkey" PRIMARY KEY ("product","vintage","region","mob")
);

-- CreateTable
CREATE TABLE "portfolio_utilisation" (
    "month" DATE NOT NULL,
    "region" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "band" INTEGER NOT NULL,
    "accounts" INTEGER NOT NULL,

    CONSTRAINT "portfolio_utilisation_pkey" PRIMARY KEY ("product","month","region","band")
);

