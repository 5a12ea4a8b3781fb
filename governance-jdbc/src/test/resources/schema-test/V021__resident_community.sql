-- test script 21
CREATE TABLE ${prefix}t_v021 (doc ${large_text})${table_options};
