-- V004__grids
CREATE TABLE ${prefix}t_V004 (doc ${large_text})${table_options};
