-- test script 20
CREATE TABLE ${prefix}t_v020 (doc ${large_text})${table_options};
