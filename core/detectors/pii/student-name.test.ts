import { testDetector } from '../../testing/detector-tester';
import studentName from './student-name';

testDetector(studentName, {
  valid: [
    // a list item whose other words say it is not a person's name
    "When a school signs up we ask for details such as school name, district name and account name.",
    // the negated verb covers every example in its object, however far down the list
    "The researcher will not disclose to any outside group, or to that group's own staff, the personal details of pupils (e.g. name, birth date or home address) unless the district agrees in writing.",
    "Name the file after the school before uploading it.",
    "The school is named after a local teacher.",
    "Provider shall not collect student names.",
    "The app never asks for:\n- Name\n- Home address",
  ],
  invalid: [
    // the items of a list read with the sentence that leads it
    { text: "When a class is set up we collect the following:\n- Name\n- Date of birth", findings: [
      { quote: "Name", messageId: 'requested', context: 'requested' },
    ] },
    { text: '"Student Data" means the records the District sends, such as names and grades.', findings: [
      { quote: "names", messageId: 'requested', context: 'requested' },
    ] },
    { text: "When you register we collect personal information such as name, address, email and telephone number.", findings: [
      { quote: "name", messageId: 'requested', context: 'requested' },
    ] },
    { text: "The District will provide each student's full name and grade.", findings: [
      { quote: "student's full name", messageId: 'requested', context: 'requested' },
    ] },
    { text: "| Field | Level |\n|---|---|\n| Student first and last name | Mandatory |", findings: [
      { quote: "Student first and last name", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
