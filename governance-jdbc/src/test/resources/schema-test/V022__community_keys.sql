-- test script 22
CREATE TABLE ${prefix}t_v022 (doc ${large_text})${table_options};
