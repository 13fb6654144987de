global using FluentValidation;
global using MediatR;
global using Microsoft.EntityFrameworkCore;
