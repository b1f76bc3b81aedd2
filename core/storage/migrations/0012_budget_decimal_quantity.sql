-- Version 12: budget quantities with decimals (1,5 ngày; 0,5 gói), kept exact as whole
-- thousandths (never a binary fraction next to money): 1,5 is stored as 1500.
ALTER TABLE budget_items RENAME COLUMN quantity TO quantity_milli;
UPDATE budget_items SET quantity_milli = quantity_milli * 1000;
